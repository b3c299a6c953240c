import {
  createTheme,
  localStorageColorSchemeManager,
  type CSSVariablesResolver,
} from '@mantine/core';

/**
 * One place for the console's look. The primary shades are picked so that white text on a
 * filled button stays above 4.5:1 in both schemes (Mantine's default blue-6 is only 3.6:1).
 */
export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: { light: 7, dark: 8 },
  defaultRadius: 'md',
  cursorType: 'pointer',
  fontFamily:
    '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif',
  headings: { fontWeight: '650' },
});

/**
 * Mantine's dimmed (gray-6 on white: 3.3:1) and error (red-6: 3.3:1) colours fail WCAG AA for
 * small text, and so does primary text on the hovered light variant (indigo-9 on indigo-2:
 * 4.1:1, e.g. the hovered current entry of the main navigation, `.navLink[data-active]:hover` in
 * src/app/layout/layout.module.css). Every page uses them, so they are fixed here once.
 * In dark mode Mantine 9 writes light and subtle red (Delete buttons) in red-0, which reads as
 * white: red-4 stays red and above 6:1 on the dark background.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': '#5c636a',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
    '--mantine-color-indigo-light-hover': '#ccd7ff',
  },
  dark: {
    '--mantine-color-dimmed': '#a8a8a8',
    '--mantine-color-error': 'var(--mantine-color-red-5)',
    '--mantine-color-placeholder': 'var(--mantine-color-dark-2)',
    '--mantine-color-red-light-color': 'var(--mantine-color-red-4)',
  },
});

/** The key is also read by public/color-scheme.js before the app starts (no flash of light). */
export const COLOR_SCHEME_STORAGE_KEY = 'ccsqm.color-scheme';

export const colorSchemeManager = localStorageColorSchemeManager({ key: COLOR_SCHEME_STORAGE_KEY });
