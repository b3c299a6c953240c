import { DEFAULT_NAMESPACE, FALLBACK_LANGUAGE, type Language } from './languages';
import { getLanguage, lookup } from './store';

/**
 * Values for `{{name}}` placeholders, plus two with a meaning of their own: `count` picks the
 * plural form (`key_one`, `key_other`... by Intl.PluralRules), `defaultValue` is the text when
 * the key exists in no language.
 */
export interface TOptions {
  count?: number;
  defaultValue?: string;
  [name: string]: unknown;
}

/** `t('key')` in the bound namespace, `t('ns:key')` in another one. */
export type TFunction = (key: string, options?: TOptions) => string;

const pluralRules = new Map<Language, Intl.PluralRules>();

function pluralOf(language: Language, count: number): string {
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(language)));
  return rules.select(count);
}

/**
 * The text of a key before interpolation: the language's own (plural form first, then the plain
 * key), then English's if English is loaded (a Chinese start does not load it: the parity test
 * keeps every key in both), then `defaultValue`, then the key itself, so a missing string shows
 * up as its key rather than as nothing.
 */
export function resolve(
  language: Language,
  namespace: string,
  key: string,
  options: TOptions = {},
): string {
  const colon = key.indexOf(':');
  if (colon >= 0) {
    namespace = key.slice(0, colon);
    key = key.slice(colon + 1);
  }
  const { count } = options;
  for (const lng of language === FALLBACK_LANGUAGE ? [language] : [language, FALLBACK_LANGUAGE]) {
    const candidates = typeof count === 'number' ? [`${key}_${pluralOf(lng, count)}`, key] : [key];
    for (const candidate of candidates) {
      const text = lookup(lng, namespace, candidate);
      if (text !== undefined) return text;
    }
  }
  return options.defaultValue ?? key;
}

/**
 * Fills `{{name}}` from the options. A placeholder without a value stays as it is, which shows
 * the mistake; null is empty text. Nothing is escaped: React escapes what
 * it renders, and escaping here too would show "&amp;" to users.
 */
export const interpolate = (text: string, values: TOptions = {}): string =>
  text.replace(/\{\{\s*(\w+)\s*\}\}/g, (placeholder, name: string) =>
    values[name] === undefined ? placeholder : String(values[name] ?? ''),
  );

/** A t bound to one language and namespace (what useTranslation hands out). */
export const getFixedT =
  (language: Language, namespace = DEFAULT_NAMESPACE): TFunction =>
  (key, options) =>
    interpolate(resolve(language, namespace, key, options), options);

/** Outside React (validation messages): the language at the time of the call. */
export const t: TFunction = (key, options) => getFixedT(getLanguage())(key, options);
