import { Box, Button, Menu, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SUPPORTED_LANGUAGES, htmlLangOf, toLanguage, type Language } from '@/lib/i18n';
import { CheckIcon, LanguageIcon } from './icons';

/** English / 简体中文. The choice is saved by the i18n module and sets <html lang>. */
export function LanguageMenu() {
  const { t, i18n } = useTranslation();
  const current = toLanguage(i18n.resolvedLanguage) ?? 'en';
  const nameOf = (language: Language) => t(`language.names.${language}`);

  return (
    <Menu position="bottom-end" withinPortal shadow="md" width={180}>
      <Menu.Target>
        <Button
          variant="default"
          px="xs"
          leftSection={<LanguageIcon />}
          aria-label={t('language.button', { language: nameOf(current) })}
          data-testid="language-menu"
        >
          <Box component="span" lang={htmlLangOf(current)} visibleFrom="xs">
            {nameOf(current)}
          </Box>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('language.menuLabel')}</Menu.Label>
        {SUPPORTED_LANGUAGES.map((language) => (
          <Menu.Item
            key={language}
            lang={htmlLangOf(language)}
            onClick={() => void i18n.changeLanguage(language)}
            rightSection={language === current ? <CheckIcon size={16} /> : null}
            fw={language === current ? 600 : undefined}
          >
            {nameOf(language)}
            {language === current ? (
              <VisuallyHidden> {t('language.current')}</VisuallyHidden>
            ) : null}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
