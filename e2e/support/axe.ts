import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The rules every page is held to: WCAG 2.0 and 2.1, levels A and AA. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AxeCheck {
  /** CSS selectors of the parts to check; the whole page when not given. */
  include?: string[];
  /** Only serious and critical violations count; otherwise every violation does. */
  seriousOnly?: boolean;
  /** What was checked, for the failure message. */
  context?: string;
}

/** Fails the test with one line per element when axe finds a violation of the WCAG rules. */
export async function expectNoAxeViolations(
  page: Page,
  { include = [], seriousOnly = false, context }: AxeCheck = {},
) {
  const builder = new AxeBuilder({ page });
  for (const selector of include) builder.include(selector);
  const results = await builder.withTags(WCAG_TAGS).analyze();
  const violations = results.violations
    .filter((violation) => !seriousOnly || ['serious', 'critical'].includes(violation.impact ?? ''))
    .flatMap((violation) =>
      violation.nodes.map(
        (node) => `${violation.id} at ${node.target.join(' ')}: ${node.failureSummary ?? ''}`,
      ),
    );
  expect(violations, context === undefined ? undefined : `axe on ${context}`).toEqual([]);
}
