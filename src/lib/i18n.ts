import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

/**
 * The one i18next instance (the library's default one, so plain `import i18n from 'i18next'`
 * elsewhere sees the same language). Every file src/locales/<lng>/<name>.json is bundled as the
 * namespace camelCase(<name>), e.g. speed-rules.json -> "speedRules": no loading, no flash of keys.
 */

export const SUPPORTED_LANGUAGES = ['en', 'zh'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];

export const FALLBACK_LANGUAGE: Language = 'en';
export const DEFAULT_NAMESPACE = 'common';
export const LANGUAGE_STORAGE_KEY = 'ccsqm.language';

type Resources = Record<Language, Record<string, Record<string, unknown>>>;

const localeFiles = import.meta.glob<Record<string, unknown>>('../locales/*/*.json', {
  eager: true,
  import: 'default',
});

const namespaceOf = (fileName: string) =>
  fileName.replace(/\.json$/, '').replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

export const resources: Resources = (() => {
  const result: Resources = { en: {}, zh: {} };
  for (const [file, content] of Object.entries(localeFiles)) {
    const match = /\/locales\/([^/]+)\/([^/]+)$/.exec(file);
    const language = toLanguage(match?.[1]);
    if (!match?.[2] || !language) continue;
    result[language][namespaceOf(match[2])] = content;
  }
  return result;
})();

export const NAMESPACES = Object.keys(resources.en);

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

export const currentLanguage = (): Language =>
  toLanguage(i18n.resolvedLanguage) ?? FALLBACK_LANGUAGE;

function applyToDocument(language: Language) {
  if (typeof document !== 'undefined') document.documentElement.lang = htmlLangOf(language);
}

void i18n.use(initReactI18next).init({
  lng: detectLanguage(),
  fallbackLng: FALLBACK_LANGUAGE,
  supportedLngs: [...SUPPORTED_LANGUAGES],
  ns: NAMESPACES,
  defaultNS: DEFAULT_NAMESPACE,
  resources,
  // Resources are bundled, so init and changeLanguage finish synchronously.
  initAsync: false,
  // React escapes; escaping here too would show "&amp;" to users.
  interpolation: { escapeValue: false },
  react: { useSuspense: false },
});
applyToDocument(currentLanguage());

i18n.on('languageChanged', (lng) => {
  const language = toLanguage(lng) ?? FALLBACK_LANGUAGE;
  applyToDocument(language);
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not saved: the choice still holds for this visit.
  }
});

export { i18n };
