import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

import type { LocaleBundle } from '../locales/to-bundle';

/**
 * The one i18next instance (the library's default one, so plain `import i18n from 'i18next'`
 * elsewhere sees the same language). Each language's strings are one chunk (src/locales/<lng>.ts:
 * every src/locales/<lng>/<name>.json as the namespace camelCase(<name>), e.g. speed-rules.json ->
 * "speedRules"). Only the active one loads up front: main.tsx awaits it before the first render
 * (no flash of keys), and a switch loads the other before changing (`switchLanguage`).
 */

export const SUPPORTED_LANGUAGES = ['en', 'zh'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];

export const FALLBACK_LANGUAGE: Language = 'en';
export const DEFAULT_NAMESPACE = 'common';
export const LANGUAGE_STORAGE_KEY = 'ccsqm.language';

const bundles: Record<Language, () => Promise<{ default: LocaleBundle }>> = {
  en: () => import('../locales/en'),
  zh: () => import('../locales/zh'),
};

/** Maps "zh", "zh-CN", "zh-Hans-CN", "en-GB"... to a language we have; undefined otherwise. */
export function toLanguage(value: string | null | undefined): Language | undefined {
  const base = value?.trim().toLowerCase().split(/[-_]/)[0];
  return SUPPORTED_LANGUAGES.find((language) => language === base);
}

/** What <html lang> should say: Simplified Chinese is zh-CN for fonts and screen readers. */
export const htmlLangOf = (language: Language) => (language === 'zh' ? 'zh-CN' : 'en');

/** The saved choice first, then the browser's preferences, then English. */
export function detectLanguage(): Language {
  try {
    const saved = toLanguage(window.localStorage.getItem(LANGUAGE_STORAGE_KEY));
    if (saved) return saved;
  } catch {
    // Storage can be blocked (privacy mode): fall through to the browser's languages.
  }
  const preferred =
    typeof navigator === 'undefined' ? [] : [...navigator.languages, navigator.language];
  for (const candidate of preferred) {
    const language = toLanguage(candidate);
    if (language) return language;
  }
  return FALLBACK_LANGUAGE;
}

// Before the first bundle arrives i18next has no resolvedLanguage; the requested one counts then.
export const currentLanguage = (): Language =>
  toLanguage(i18n.resolvedLanguage) ?? toLanguage(i18n.language) ?? FALLBACK_LANGUAGE;

function applyToDocument(language: Language) {
  if (typeof document !== 'undefined') document.documentElement.lang = htmlLangOf(language);
}

void i18n.use(initReactI18next).init({
  lng: detectLanguage(),
  fallbackLng: FALLBACK_LANGUAGE,
  supportedLngs: [...SUPPORTED_LANGUAGES],
  defaultNS: DEFAULT_NAMESPACE,
  // Filled by loadLanguage. Giving `resources` (even empty) tells i18next there is no backend.
  resources: {},
  // No backend: init finishes synchronously; strings arrive through addResourceBundle.
  initAsync: false,
  // React escapes; escaping here too would show "&amp;" to users.
  interpolation: { escapeValue: false },
  react: { useSuspense: false },
});
applyToDocument(currentLanguage());

// Only a choice is saved, not the detected language being applied at start.
let started = false;

i18n.on('languageChanged', (lng) => {
  const language = toLanguage(lng) ?? FALLBACK_LANGUAGE;
  applyToDocument(language);
  if (!started) return;
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not saved: the choice still holds for this visit.
  }
});

const loading = new Map<Language, Promise<void>>();

/** Adds a language's strings (once; later calls share the first load). */
export function loadLanguage(language: Language): Promise<void> {
  let load = loading.get(language);
  if (!load) {
    load = bundles[language]().then(({ default: bundle }) => {
      for (const [namespace, strings] of Object.entries(bundle)) {
        i18n.addResourceBundle(language, namespace, strings, true, true);
      }
    });
    // A failed load (offline) may be retried by the next call.
    void load.catch(() => loading.delete(language));
    loading.set(language, load);
  }
  return load;
}

/**
 * Before the first render: the detected language's strings (the fallback's follow in the
 * background), then the language is applied again so i18next resolves it against them.
 */
export async function loadInitialLanguage(): Promise<void> {
  const language = currentLanguage();
  try {
    await loadLanguage(language);
    await i18n.changeLanguage(language);
  } finally {
    started = true;
  }
  if (language !== FALLBACK_LANGUAGE) void loadLanguage(FALLBACK_LANGUAGE).catch(() => undefined);
}

/** The language switch: the strings first, so the new language never shows raw keys. */
export async function switchLanguage(language: Language): Promise<void> {
  await loadLanguage(language);
  await i18n.changeLanguage(language);
}

export { i18n };
