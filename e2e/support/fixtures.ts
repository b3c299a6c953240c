import { test as base, expect, type ConsoleMessage } from '@playwright/test';

export interface PageProblemOptions {
  /** Console errors a test provokes on purpose, e.g. /status of 400/ for a rejected call. */
  allowedConsoleErrors: RegExp[];
}

/**
 * `test` that fails when the page logs an error, throws, or breaks the CSP: such problems show
 * up nowhere else in an e2e run. Use it instead of @playwright/test's `test`.
 */
export const test = base.extend<PageProblemOptions & { pageProblems: string[] }>({
  allowedConsoleErrors: [[], { option: true }],
  pageProblems: [
    async ({ page, allowedConsoleErrors }, use) => {
      const problems: string[] = [];
      const onConsole = (message: ConsoleMessage) => {
        if (message.type() !== 'error') return;
        const text = message.text();
        if (!allowedConsoleErrors.some((allowed) => allowed.test(text))) {
          problems.push(`console.error: ${text}`);
        }
      };
      page.on('console', onConsole);
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      await use(problems);
      expect(problems, 'the page reported problems').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
