import type { LocaleBundle } from '../../locales/to-bundle';
import { LANGUAGE_STORAGE_KEY, type Language } from './languages';
import { addResources, getLanguage, setLanguage } from './store';

/**
 * Each language's strings are one chunk (src/locales/<lng>.ts: every src/locales/<lng>/<name>.json
 * as the namespace camelCase(<name>), e.g. speed-rules.json -> "speedRules"). Only the active one
 * loads up front: main.tsx awaits it before the first render (no flash of keys), and a switch
 * loads the other before changing (`switchLanguage`).
 */

const bundles: Record<Language, () => Promise<{ default: LocaleBundle }>> = {
  en: () => import('../../locales/en'),
  zh: () => import('../../locales/zh'),
};

const loading = new Map<Language, Promise<void>>();

/** Adds a language's strings (once; later calls share the first load). */
export function loadLanguage(language: Language): Promise<void> {
  let load = loading.get(language);
  if (!load) {
    load = bundles[language]().then(({ default: bundle }) => addResources(language, bundle));
    // A failed load (offline) may be retried by the next call.
    void load.catch(() => loading.delete(language));
    loading.set(language, load);
  }
  return load;
}

/**
 * Before the first render: the detected language's strings. No other language is fetched: every
 * key exists in both (src/app/locales.test.ts). Nothing is saved: only a user's choice is.
 */
export function loadInitialLanguage(): Promise<void> {
  return loadLanguage(getLanguage());
}

/** The language switch: the strings first, so the new language never shows raw keys; saved. */
export async function switchLanguage(language: Language): Promise<void> {
  await loadLanguage(language);
  setLanguage(language);
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not saved: the choice still holds for this visit.
  }
}
