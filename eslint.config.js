import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'screenshots', 'bench'],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...pluginQuery.configs['flat/recommended-strict'],
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The browser bundle must never import server code (it holds the credentials).
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['**/server/**', '../server/*'], message: 'server/ is server-only' }],
          // These pull ScrollArea, @floating-ui or remove-scroll into every page (decision 064).
          paths: [
            {
              name: '@mantine/core',
              importNames: ['AppShell', 'NavLink', 'Table', 'ScrollArea'],
              message:
                'Heavy for the first load: use the shell in src/app/layout, main-nav links or src/components/data-table (decision 064).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['server/**/*.ts', 'scripts/**/*.{js,mjs,ts}', 'e2e/**/*.ts', '*.config.{js,ts}'],
    languageOptions: { globals: globals.node },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
);
