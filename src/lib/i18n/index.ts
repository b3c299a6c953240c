/**
 * The app's translations: a small in-house layer over src/locales (decision 063). Everything is
 * imported from here.
 */
export {
  DEFAULT_NAMESPACE,
  FALLBACK_LANGUAGE,
  LANGUAGE_STORAGE_KEY,
  SUPPORTED_LANGUAGES,
  detectLanguage,
  htmlLangOf,
  intlLocaleOf,
  toLanguage,
  type Language,
} from './languages';
export { currentLanguage, loadInitialLanguage, loadLanguage, switchLanguage } from './loading';
export { Trans, useTranslation, type TransProps } from './react';
export { onLanguageChange, setLanguage } from './store';
export { getFixedT, t, type TFunction, type TOptions } from './translate';
