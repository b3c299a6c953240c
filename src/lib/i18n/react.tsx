import {
  cloneElement,
  useMemo,
  useSyncExternalStore,
  type ReactElement,
  type ReactNode,
} from 'react';
import { DEFAULT_NAMESPACE } from './languages';
import { getLanguage, onLanguageChange } from './store';
import { getFixedT, interpolate, resolve, type TOptions } from './translate';

/** The current language; the component re-renders when it changes. */
const useLanguage = () => useSyncExternalStore(onLanguageChange, getLanguage, getLanguage);

/**
 * `t` for one namespace (default "common") in the current language, and the language itself
 * (for Intl formatting). `t` is a new function after a switch, so memos that use it recompute.
 */
export function useTranslation(namespace = DEFAULT_NAMESPACE) {
  const language = useLanguage();
  const t = useMemo(() => getFixedT(language, namespace), [language, namespace]);
  return { t, language };
}

export interface TransProps {
  i18nKey: string;
  /** Default: "common"; a "ns:" prefix on the key works too. */
  ns?: string;
  values?: TOptions;
  /** `<name>text</name>` in the string renders as this element with the text as its children. */
  components: Record<string, ReactElement>;
}

/**
 * A sentence with an element in the middle: "There is no page at <path>{{path}}</path>." Tags
 * are found in the text before values are filled in, so a value (a URL, a name) can never open
 * one. Tags do not nest and have no attributes: the one string that needs this has neither.
 */
export function Trans({ i18nKey, ns = DEFAULT_NAMESPACE, values, components }: TransProps) {
  const language = useLanguage();
  // split() with the two groups: [text, tag, inner, text, tag, inner, ..., text].
  const parts = resolve(language, ns, i18nKey, values).split(/<(\w+)>(.*?)<\/\1>/s);
  const nodes: ReactNode[] = [];
  for (let i = 0; i < parts.length; i += 3) {
    nodes.push(interpolate(parts[i] ?? '', values));
    const tag = parts[i + 1];
    if (tag === undefined) break;
    const inner = interpolate(parts[i + 2] ?? '', values);
    const element = components[tag];
    nodes.push(element ? cloneElement(element, { key: i }, inner) : inner);
  }
  return <>{nodes}</>;
}
