/** Which languages exist and which one a visitor gets: no strings, no state. */

export const SUPPORTED_LANGUAGES = ['en', 'zh'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];

export const FALLBACK_LANGUAGE: Language = 'en';
export const DEFAULT_NAMESPACE = 'common';
export const LANGUAGE_STORAGE_KEY = 'ccsqm.language';

/** Maps "zh", "zh-CN", "zh-Hans-CN", "en-GB"... to a language we have; undefined otherwise. */
function toLanguage(value: string | null | undefined): Language | undefined {
  const base = value?.trim().toLowerCase().split(/[-_]/)[0];
  return SUPPORTED_LANGUAGES.find((language) => language === base);
}

/** What <html lang> should say: Simplified Chinese is zh-CN for fonts and screen readers. */
export const htmlLangOf = (language: Language) => (language === 'zh' ? 'zh-CN' : 'en');

/**
 * The locale for Intl formatting (dates, times, numbers). English is en-GB: day-month-year
 * ("1 Jan 2030") reads the same to everyone; Chinese is zh-CN.
 */
export const intlLocaleOf = (language: Language): 'en-GB' | 'zh-CN' =>
  language === 'zh' ? 'zh-CN' : 'en-GB';

/** The saved choice first, then the browser's preferences, then English. */
export function detectLanguage(): Language {
  try {
    const saved = toLanguage(window.localStorage.getItem(LANGUAGE_STORAGE_KEY));
    if (saved) return saved;
  } catch {
    // Storage can be blocked (privacy mode), or absent (Node): fall through.
  }
  const preferred =
    typeof navigator === 'undefined' ? [] : [...navigator.languages, navigator.language];
  for (const candidate of preferred) {
    const language = toLanguage(candidate);
    if (language) return language;
  }
  return FALLBACK_LANGUAGE;
}
