import { toBundle } from './to-bundle';

/** Every namespace of this language, in one chunk that loads when the language is needed. */
export default toBundle(
  import.meta.glob<Record<string, unknown>>('./en/*.json', { eager: true, import: 'default' }),
);
