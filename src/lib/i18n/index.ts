/**
 * The app's translations: a small in-house layer over src/locales (decision 063). Everything is
 * imported from here.
 */
export {
  LANGUAGE_STORAGE_KEY,
  SUPPORTED_LANGUAGES,
  htmlLangOf,
  intlLocaleOf,
  type Language,
} from './languages';
export { loadInitialLanguage, loadLanguage, switchLanguage } from './loading';
export { Trans, useTranslation } from './react';
export { onLanguageChange, setLanguage } from './store';
export { getFixedT, t, type TFunction } from './translate';
