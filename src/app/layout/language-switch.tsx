import { Button } from '@mantine/core';
import { SUPPORTED_LANGUAGES, htmlLangOf, switchLanguage, useTranslation } from '@/lib/i18n';

/**
 * EN | 中文: two toggle buttons, no dropdown (a Menu would pull Popover and @floating-ui into
 * every page's first load). The choice is saved by the i18n module and sets <html lang>.
 */
export function LanguageSwitch() {
  const { t, language: current } = useTranslation();

  return (
    // Button.Group renders role="group"; its label names the choice.
    <Button.Group aria-label={t('language.label')} data-testid="language-switch">
      {SUPPORTED_LANGUAGES.map((language) => {
        const selected = language === current;
        return (
          <Button
            key={language}
            variant={selected ? 'filled' : 'default'}
            px="xs"
            lang={htmlLangOf(language)}
            // The visible short form is the accessible name (WCAG label in name); the full one shows
            // on hover and is read as the description.
            title={t(`language.names.${language}`)}
            aria-pressed={selected}
            onClick={() => {
              if (!selected) void switchLanguage(language);
            }}
          >
            {t(`language.short.${language}`)}
          </Button>
        );
      })}
    </Button.Group>
  );
}
