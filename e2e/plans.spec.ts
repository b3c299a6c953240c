import type { Locator, Page } from '@playwright/test';
import { endpointPath, FAILURE_CODES } from '../src/lib/contract/index.ts';
import { REFERENCE_PLAN_EXAMPLE_JSON } from '../src/testing/fixtures/reference-examples';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { tabTo } from './support/keyboard';
import { snap } from './support/screenshots';
import { uniqueName } from './support/unique-name';

/*
 * The plans feature against the embedded simulator (vite preview). The simulator keeps its
 * state for the whole run and tests run in parallel: every test works on plans it names itself.
 */

// Times are typed and shown as local wall-clock times; pin the browser's zone so the epoch seconds
// and the imported example's times asserted below are the same on every machine.
test.use({ timezoneId: 'UTC' });

const ADD_PLAN = endpointPath('addQualityTask');

/**
 * The plan list shows times as the server formats them, in the server's own zone (the preview
 * server runs on this machine, in this process's zone).
 */
function serverLocalTime(epochSeconds: number): string {
  const d = new Date(epochSeconds * 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ` +
    `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`
  );
}

const textbox = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });
const radio = (page: Page, name: string) => page.getByRole('radio', { name, exact: true });
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const stepHeading = (page: Page, name: string) =>
  page.getByRole('heading', { level: 2, name, exact: true });
const next = (page: Page) => button(page, 'Next').click();
/** A step in the wizard's header; it carries data-has-errors while the step has errors. */
const stepButton = (page: Page, label: string) =>
  page
    .getByRole('navigation', { name: 'Plan steps' })
    .getByRole('button', { name: new RegExp(`\\b${label}\\b`) });

async function fillDate(input: Locator, value: string) {
  await input.fill(value);
  await input.press('Escape'); // closes the calendar that opened on focus
}

async function fillBasics(page: Page, name: string) {
  await textbox(page, 'Plan name').fill(name);
  await textbox(page, 'User role').fill('qualityDirector');
}

async function fillInspectorsByPercentage(page: Page) {
  await radio(page, 'By percentage').check();
  await textbox(page, 'Inspector 1 ID').fill('qa.lin');
  await textbox(page, 'Inspector 1 share (%)').fill('40');
  await button(page, 'Add inspector').click();
  await textbox(page, 'Inspector 2 ID').fill('qa.chen');
  await textbox(page, 'Inspector 2 share (%)').fill('60');
}

async function fillPeriod(page: Page) {
  await radio(page, 'Weekly').check();
  await fillDate(textbox(page, 'Start date'), '2030-01-07');
  await page.getByLabel('Start time', { exact: true }).fill('09:00');
  await radio(page, 'After a number of runs').check();
  await textbox(page, 'Number of runs').fill('12');
}

async function fillScope(page: Page) {
  await radio(page, 'Recordings').check();
  await radio(page, 'From all calls in scope').check();
  await textbox(page, 'Calls to sample').fill('100');
  await textbox(page, 'Maximum calls per run').fill('10');
  await radio(page, 'Not yet sampled').check();
  await textbox(page, 'Shortest call').fill('0:30');
  await textbox(page, 'Longest call').fill('600');
  await textbox(page, 'Lowest score').fill('0');
  await textbox(page, 'Highest score').fill('80');
  const agents = page.getByRole('combobox', { name: 'Agent IDs' });
  for (const id of ['agent-7', 'agent-9']) {
    await agents.fill(id);
    await agents.press('Enter');
  }
}

/** Fills every step with a valid plan and stops on the review step. */
async function fillWholePlan(page: Page, name: string) {
  await page.goto('/plans/new');
  await fillBasics(page, name);
  await next(page);
  await fillInspectorsByPercentage(page);
  await next(page);
  await fillPeriod(page);
  await next(page);
  await fillScope(page);
  await next(page);
  await expect(stepHeading(page, 'Review and send')).toBeVisible();
}

/** No serious or critical axe violation in the page's main area (the shell has its own test). */
const expectAccessible = (page: Page, context: string) =>
  expectNoAxeViolations(page, { include: ['main'], seriousOnly: true, context });

async function pasteInto(input: Locator, text: string) {
  await input.focus();
  await input.evaluate((element, pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    element.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, text);
}

test.describe('plan wizard', () => {
  test('creates a plan step by step, then starts, pauses and deletes it from the list', async ({
    page,
  }) => {
    test.slow(); // seven axe scans and fourteen screenshots
    const name = uniqueName('Happy path');
    await page.goto('/plans/new');
    await expect(stepHeading(page, 'Basics')).toBeVisible();
    await fillBasics(page, name);
    await expectAccessible(page, 'basics');
    await snap(page, 'plans-wizard-1-basics');
    await next(page);

    await expect(stepHeading(page, 'Inspectors')).toBeVisible();
    await fillInspectorsByPercentage(page);
    await expect(page.getByTestId('percent-total')).toHaveText('100 of 100%');
    await expectAccessible(page, 'inspectors');
    await snap(page, 'plans-wizard-2-inspectors');
    await next(page);

    await expect(stepHeading(page, 'Period')).toBeVisible();
    await fillPeriod(page);
    await expect(page.getByTestId('schedule-sentence')).toHaveText(
      'Every week on Monday at 09:00 from 7 Jan 2030, 12 times, last run 25 Mar 2030',
    );
    await expect(page.getByTestId('next-runs').getByRole('listitem')).toHaveText([
      'Mon, 7 Jan 2030, 09:00',
      'Mon, 14 Jan 2030, 09:00',
      'Mon, 21 Jan 2030, 09:00',
      'Mon, 28 Jan 2030, 09:00',
      'Mon, 4 Feb 2030, 09:00',
    ]);
    await expectAccessible(page, 'period');
    await snap(page, 'plans-wizard-3-period');
    await next(page);

    await expect(stepHeading(page, 'Extraction scope')).toBeVisible();
    await fillScope(page);
    await expect(page.getByText('Sent as 30,000 ms')).toBeVisible();
    await expectAccessible(page, 'scope');
    await snap(page, 'plans-wizard-4-scope');
    await next(page);

    await expect(stepHeading(page, 'Review and send')).toBeVisible();
    const summary = page.getByTestId('plan-summary');
    await expect(summary).toContainText(`Plan “${name}”, created as qualityDirector.`);
    await expect(summary).toContainText('qa.lin 40%, qa.chen 60%');
    await expect(summary).toContainText('Every week on Monday at 09:00 from 7 Jan 2030');
    await expect(summary).toContainText('0:30 to 10:00 long; scored 0 to 80');
    const body = page.getByLabel('addQualityTask request body', { exact: true });
    await expect(body).toContainText(`"qiqtName": "${name}"`);
    await expect(body).toContainText('"qiqtStartTime": 1894006800');
    await expect(body).toContainText('"durationStart": 30000');
    await expect(body).toContainText('"durationEnd": "600000"');
    await expect(page.getByLabel('curl command', { exact: true })).toContainText(
      "-H 'Authorization: Bearer <AccessToken>'",
    );
    await expectAccessible(page, 'review');
    await snap(page, 'plans-wizard-5-review');

    // Two quick clicks must send one plan.
    const sends: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/addQualityTask')) sends.push(request.url());
    });
    await button(page, 'Send plan').dblclick();
    await expect(page.getByRole('heading', { name: 'Plan created' })).toBeVisible();
    const planId = (await page.getByTestId('new-plan-id').textContent()) ?? '';
    expect(planId).toMatch(/^\d{15,20}$/);
    expect(sends).toHaveLength(1);
    await expectAccessible(page, 'sent');
    await snap(page, 'plans-wizard-6-sent');

    await page.getByRole('link', { name: 'Go to the plan list' }).click();
    await expect(page).toHaveURL(/\/plans$/);
    const row = page.locator(`[data-plan-id="${planId}"]`);
    await expect(row).toContainText(name);
    await expect(row).toContainText('Stopped');
    await expect(row).toContainText('Weekly');
    const start = serverLocalTime(1894006800); // 2030-01-07 09:00 UTC, as the body said
    await expect(row).toContainText(start);
    await expect(row).toContainText('After 12 runs');
    await expect(row).toContainText('0 of 12');
    await expectAccessible(page, 'list');
    await snap(page, 'plans-list');

    await row.getByRole('button', { name: `Start ${name}` }).click();
    await expect(row).toContainText('Running');
    await expect(row.getByText(start)).toHaveCount(2); // the start, and now the next run too
    await row.getByRole('button', { name: `Pause ${name}` }).click();
    await expect(row).toContainText('Stopped');
    await row.getByRole('button', { name: `Delete ${name}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete this plan?' });
    await expect(dialog).toContainText(name);
    await dialog.getByRole('button', { name: 'Delete plan' }).click();
    await expect(row).toHaveCount(0);
  });

  test('shows each rule where it applies, without moving what is under the pointer', async ({
    page,
  }) => {
    await page.goto('/plans/new');

    // Basics: a missing name is shown at the field on Next; the field below does not move.
    const role = textbox(page, 'User role');
    const roleTop = (await role.boundingBox())?.y;
    const nextTop = (await button(page, 'Next').boundingBox())?.y;
    await next(page);
    await expect(page.getByText('Required', { exact: true })).toBeVisible();
    await expect(textbox(page, 'Plan name')).toBeFocused();
    expect((await role.boundingBox())?.y).toBe(roleTop);
    expect((await button(page, 'Next').boundingBox())?.y).toBe(nextTop);
    await expect(stepButton(page, 'Basics')).toHaveAttribute('data-has-errors', 'true');
    await textbox(page, 'Plan name').fill('x'.repeat(65));
    await expect(page.getByText('Use at most 64 characters')).toBeVisible();
    await textbox(page, 'Plan name').fill(uniqueName('Rules'));
    await next(page);

    // Inspectors: the live total and its error until exactly 100.
    await radio(page, 'By percentage').check();
    await textbox(page, 'Inspector 1 ID').fill('qa.a');
    await textbox(page, 'Inspector 1 share (%)').fill('50');
    await button(page, 'Add inspector').click();
    await textbox(page, 'Inspector 2 ID').fill('qa.b');
    await textbox(page, 'Inspector 2 share (%)').fill('40');
    await expect(page.getByTestId('percent-total')).toHaveText('90 of 100%');
    await expect(page.getByText('The shares must add up to exactly 100% (now 90%).')).toBeVisible();
    await next(page);
    await expect(stepHeading(page, 'Inspectors')).toBeVisible();
    await expect(stepButton(page, 'Inspectors')).toHaveAttribute('data-has-errors', 'true');
    await button(page, 'Split evenly').click();
    await expect(textbox(page, 'Inspector 2 share (%)')).toHaveValue('50');
    await expect(page.getByTestId('percent-total')).toHaveText('100 of 100%');
    await expect(stepButton(page, 'Inspectors')).not.toHaveAttribute('data-has-errors');
    // No duplicates, and a pasted list becomes one row per id.
    await textbox(page, 'Inspector 2 ID').fill('qa.a');
    await expect(page.getByText('This inspector is already in the list')).toBeVisible();
    await textbox(page, 'Inspector 2 ID').fill('');
    await pasteInto(textbox(page, 'Inspector 2 ID'), 'qa.b, qa.c\nqa.a\nqa.d');
    await expect(textbox(page, 'Inspector 2 ID')).toHaveValue('qa.b');
    await expect(textbox(page, 'Inspector 4 ID')).toHaveValue('qa.d');
    await expect(
      page.getByText('Added 3 inspectors from the pasted list. 1 id was already in the list.'),
    ).toBeVisible();
    await expect(page.getByText('4 inspectors')).toBeVisible();
    await button(page, 'Split evenly').click();
    await expect(textbox(page, 'Inspector 4 share (%)')).toHaveValue('25');
    await snap(page, 'plans-wizard-2-inspectors-pasted');
    await next(page);

    // Period: the number of runs is needed when ending by count; the end must follow the start.
    await fillDate(textbox(page, 'Start date'), '2030-02-01');
    await page.getByLabel('Start time', { exact: true }).fill('10:00');
    await next(page);
    await expect(page.getByText('Enter how many times the plan runs')).toBeVisible();
    await expect(textbox(page, 'Number of runs')).toBeFocused();
    await radio(page, 'At a date and time').check();
    await expect(page.getByText('Enter how many times the plan runs')).toHaveCount(0);
    await fillDate(textbox(page, 'End date'), '2030-01-31');
    await page.getByLabel('End time', { exact: true }).fill('10:00');
    await expect(page.getByText('The end must come after the start')).toBeVisible();
    await fillDate(textbox(page, 'End date'), '2030-04-30');
    await expect(page.getByText('The end must come after the start')).toHaveCount(0);
    await radio(page, 'Monthly').check();
    await expect(page.getByTestId('schedule-sentence')).toHaveText(
      'Every month on day 1 at 10:00 from 1 Feb 2030 until 30 Apr 2030, 10:00: 3 times, last run 1 Apr 2030',
    );
    await next(page);

    // Scope: the maximum only for sample types 1 and 3; the ranges in order.
    await expect(textbox(page, 'Maximum calls per run')).toBeVisible();
    await radio(page, 'A number per agent').check();
    await expect(textbox(page, 'Calls per agent')).toBeVisible();
    await expect(page.getByRole('textbox', { name: /^Maximum/ })).toHaveCount(0);
    await radio(page, 'A percentage per agent').check();
    await expect(textbox(page, 'Maximum calls per agent')).toBeVisible();
    await textbox(page, "Percentage of each agent's calls").fill('150');
    await expect(page.getByText('Enter a percentage from 1 to 100')).toBeVisible();
    await textbox(page, "Percentage of each agent's calls").fill('20');
    await textbox(page, 'Shortest call').fill('2:00');
    await textbox(page, 'Longest call').fill('90');
    await expect(
      page.getByText('The longest duration must not be shorter than the shortest'),
    ).toBeVisible();
    await textbox(page, 'Longest call').fill('1:7x');
    await expect(page.getByText('Type seconds (90) or minutes:seconds (1:30)')).toBeVisible();
    await textbox(page, 'Longest call').fill('5:00');
    await textbox(page, 'Lowest score').fill('80');
    await textbox(page, 'Highest score').fill('9');
    await expect(page.getByText('The highest score must not be below the lowest')).toBeVisible();
    await next(page);
    await expect(stepHeading(page, 'Extraction scope')).toBeVisible();
    await expect(textbox(page, 'Maximum calls per agent')).toBeFocused();
    await expect(page.getByText('Enter a maximum of at least 1')).toBeVisible();
    await expectAccessible(page, 'scope with errors');
    await snap(page, 'plans-wizard-4-scope-errors');
  });

  test('restores the draft after a reload, and discards it on request', async ({ page }) => {
    const name = uniqueName('Draft');
    await page.goto('/plans/new');
    await textbox(page, 'Plan name').fill(name);
    await next(page);
    await textbox(page, 'Inspector 1 ID').fill('qa.draft');
    await textbox(page, 'Inspector 1 calls').fill('7');
    await page.reload();

    await expect(page.getByTestId('draft-notice')).toHaveText(/Draft from \d{2}:\d{2} restored\./);
    await expect(stepHeading(page, 'Inspectors')).toBeVisible();
    await expect(textbox(page, 'Inspector 1 ID')).toHaveValue('qa.draft');
    await expect(textbox(page, 'Inspector 1 calls')).toHaveValue('7');
    await button(page, 'Back').click();
    await expect(textbox(page, 'Plan name')).toHaveValue(name);

    await button(page, 'Discard draft').click();
    await expect(page.getByTestId('draft-notice')).toHaveCount(0);
    await expect(textbox(page, 'Plan name')).toHaveValue('');
    await page.reload();
    await expect(stepHeading(page, 'Basics')).toBeVisible();
    await expect(textbox(page, 'Plan name')).toHaveValue('');
    await expect(page.getByTestId('draft-notice')).toHaveCount(0);
  });

  test('imports the API reference example and lists its deviations', async ({ page }) => {
    await page.goto('/plans/new');
    await button(page, 'Start from JSON').click();
    const dialog = page.getByRole('dialog', { name: 'Start from an addQualityTask body' });
    await dialog.getByRole('textbox', { name: 'Request body (JSON)' }).fill('{ "qiqtName": ');
    await dialog.getByRole('button', { name: 'Fill the wizard' }).click();
    await expect(dialog.getByText(/This is not valid JSON/)).toBeVisible();
    await dialog
      .getByRole('textbox', { name: 'Request body (JSON)' })
      .fill(REFERENCE_PLAN_EXAMPLE_JSON);
    await dialog.getByRole('button', { name: 'Fill the wizard' }).click();
    await expect(dialog).toBeHidden();

    const report = page.getByTestId('import-report');
    await expect(report).toContainText('Imported with 11 deviations');
    for (const line of [
      'extractionRange.customColumns is not an addQualityTask field and was left out.',
      'cronStructure.qiqtStartTime is 1609295228.86, not a whole number of seconds; 1609295228 is used.',
      'extractionRange.fixedColumns.interactionType is missing. Fill it in the wizard.',
      'extractionRange.fixedColumns.qualityNum was 100 and is read as "100" (the documented type).',
      'cronStructure.qiqtCycleType was 1 and is read as "1" (the documented type).',
      'cronStructure.qiqtTotalTimes does not apply: the plan ends at a time. It was left out.',
    ]) {
      await expect(report).toContainText(line);
    }
    await expect(stepButton(page, 'Extraction scope')).toHaveAttribute('data-has-errors', 'true');
    await expect(textbox(page, 'Plan name')).toHaveValue('regulartask');
    await expectAccessible(page, 'import report');
    await snap(page, 'plans-wizard-import');

    // Rename it (names are unique per test), then walk to the one open question.
    // Uploading the example as a file does the same as pasting it.
    await textbox(page, 'Plan name').fill('changed before the upload');
    await button(page, 'Start from JSON').click();
    await page.locator('input[type="file"]').setInputFiles({
      name: 'addQualityTask.json',
      mimeType: 'application/json',
      buffer: Buffer.from(REFERENCE_PLAN_EXAMPLE_JSON),
    });
    await expect(textbox(page, 'Plan name')).toHaveValue('regulartask');
    await expect(report).toContainText('Imported with 11 deviations');

    await textbox(page, 'Plan name').fill(uniqueName('Imported example'));
    await next(page);
    await expect(textbox(page, 'Inspector 2 share (%)')).toHaveValue('60');
    await next(page);
    await expect(page.getByTestId('schedule-sentence')).toContainText(
      'Every day at 02:27 from 30 Dec 2020 until 2 Jan 2021, 02:27: 4 times',
    );
    await next(page);
    await expect(page.getByText('Choose one of the options')).toBeVisible();
    await radio(page, 'Recordings').check();
    await expect(textbox(page, 'Longest call')).toHaveValue('0:00.1');
    await next(page);
    await expect(page.getByTestId('plan-warnings')).toContainText('The start time is in the past.');
    await button(page, 'Send plan').click();
    await expect(page.getByTestId('new-plan-id')).toHaveText(/^\d+$/);
  });

  test('completes the wizard with the keyboard alone', async ({ page }) => {
    const name = uniqueName('Keyboard');
    await page.goto('/plans/new');
    const keys = page.keyboard;

    await tabTo(page, textbox(page, 'Plan name'));
    await keys.type(name);
    await keys.press('Enter'); // Enter in a field moves to the next step

    await expect(stepHeading(page, 'Inspectors')).toBeFocused();
    await tabTo(page, radio(page, 'On average'));
    await keys.press('ArrowRight');
    await expect(radio(page, 'By percentage')).toBeChecked();
    await keys.press('ArrowLeft');
    await expect(radio(page, 'On average')).toBeChecked();
    await tabTo(page, textbox(page, 'Inspector 1 ID'));
    await keys.type('qa.keys');
    await keys.press('Tab');
    await keys.type('5');
    await tabTo(page, button(page, 'Add inspector'));
    await keys.press('Enter');
    await expect(textbox(page, 'Inspector 2 ID')).toBeVisible();
    await tabTo(page, button(page, 'Remove inspector 2'), 10);
    await keys.press('Space');
    await expect(textbox(page, 'Inspector 2 ID')).toHaveCount(0);
    await tabTo(page, button(page, 'Next'));
    await keys.press('Enter');

    await expect(stepHeading(page, 'Period')).toBeFocused();
    await tabTo(page, radio(page, 'Weekly'));
    await keys.press('ArrowRight');
    await expect(radio(page, 'Monthly')).toBeChecked();
    await tabTo(page, textbox(page, 'Start date'));
    await keys.press('Control+A');
    await keys.type('2031-05-31');
    await keys.press('Escape');
    await tabTo(page, textbox(page, 'Number of runs'));
    await keys.type('3');
    await expect(page.getByTestId('schedule-sentence')).toContainText(
      '3 times, last run 31 Jul 2031',
    );
    await keys.press('Enter');

    await expect(stepHeading(page, 'Extraction scope')).toBeFocused();
    await tabTo(page, textbox(page, 'Calls to sample'));
    await keys.type('30');
    await keys.press('Tab');
    await keys.type('5');
    await keys.press('Enter');

    await expect(stepHeading(page, 'Review and send')).toBeFocused();
    await expect(page.getByTestId('plan-summary')).toContainText(
      '1 inspector, by number of calls: qa.keys 5 calls.',
    );
    await tabTo(page, button(page, 'Send plan'), 60);
    await keys.press('Enter');
    await expect(page.getByTestId('new-plan-id')).toHaveText(/^\d+$/);
  });

  test('keeps the focused field clear of the fixed header and the sticky bar', async ({ page }) => {
    test.slow(); // about 360 key presses, each followed by a look at the page
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto('/plans/new');
    await textbox(page, 'Plan name').fill(uniqueName('Focus'));
    await button(page, 'Next').click();
    const ids = Array.from({ length: 30 }, (_, i) => `qa.focus${i + 1}`);
    await pasteInto(textbox(page, 'Inspector 1 ID'), ids.join('\n'));
    await expect(textbox(page, 'Inspector 30 ID')).toBeVisible();

    // Every field the keyboard reaches, going down the list and back up, is clear of both; by
    // percentage, the live total (in the bar, which then grows) stays in view all the way.
    const focusedField = () =>
      page.evaluate(() => {
        const focused = document.activeElement;
        const covers = [
          document.querySelector('header'),
          document.querySelector('[data-testid="wizard-bar"]'),
        ];
        if (covers.includes(null)) throw new Error('the header or the wizard bar is missing');
        if (!(focused instanceof HTMLInputElement)) return null;
        const field = focused.getBoundingClientRect();
        const hidden = covers.some((cover) => {
          const box = (cover as Element).getBoundingClientRect();
          return field.top < box.bottom && field.bottom > box.top;
        });
        const total = document.querySelector('[data-testid="percent-total"]');
        const totalBox = total?.getBoundingClientRect();
        const totalInView =
          totalBox === undefined || (totalBox.top >= 0 && totalBox.bottom <= window.innerHeight);
        return { name: focused.getAttribute('aria-label') ?? focused.name, hidden, totalInView };
      });
    const tabDownAndBack = async () => {
      await textbox(page, 'Inspector 1 ID').focus();
      const reached = new Set<string>();
      const hidden: string[] = [];
      const totalOutOfView: string[] = [];
      for (const key of ['Tab', 'Shift+Tab']) {
        for (let i = 0; i < 90; i++) {
          await page.keyboard.press(key);
          const field = await focusedField();
          if (field === null) continue;
          reached.add(field.name);
          if (field.hidden) hidden.push(`${key}: ${field.name}`);
          if (!field.totalInView) totalOutOfView.push(`${key}: ${field.name}`);
        }
      }
      expect(reached).toContain('Inspector 30 ID');
      expect(reached).toContain('Inspector 1 ID');
      expect(hidden).toEqual([]);
      expect(totalOutOfView).toEqual([]);
    };

    await tabDownAndBack();
    await radio(page, 'By percentage').check();
    await expect(page.getByTestId('wizard-bar').getByTestId('percent-total')).toBeVisible();
    await tabDownAndBack();

    // Typing a share half way down a long list, the total shows the change where it can be seen.
    const share = textbox(page, 'Inspector 15 share (%)');
    await share.fill('20');
    await expect(page.getByTestId('percent-total')).toHaveText('20 of 100%');
    await expect(page.getByTestId('percent-total')).toBeInViewport();
    await snap(page, 'plans-wizard-2-inspectors-long', { mode: 'viewport' });
  });

  test('works in Simplified Chinese', async ({ page }) => {
    test.slow(); // axe scans and screenshots
    await page.addInitScript(() => window.localStorage.setItem('ccsqm.language', 'zh'));
    const name = uniqueName('中文计划');
    await page.goto('/plans/new');
    await expect(stepHeading(page, '基本信息')).toBeVisible();
    await textbox(page, '计划名称').fill(name);
    await button(page, '下一步').click();

    await radio(page, '按百分比').check();
    await textbox(page, '质检员 1 的 ID').fill('qa.wang');
    await textbox(page, '质检员 1 的比例 (%)').fill('70');
    await expect(page.getByText('比例合计必须正好为 100%（当前 70%）。')).toBeVisible();
    await textbox(page, '质检员 1 的比例 (%)').fill('100');
    await expect(page.getByTestId('percent-total')).toHaveText('100% / 100%');
    await button(page, '下一步').click();

    await radio(page, '每周').check();
    await fillDate(textbox(page, '开始日期'), '2030-01-07');
    await page.getByLabel('开始时间', { exact: true }).fill('09:00');
    await button(page, '下一步').click();
    await expect(page.getByText('请填写计划执行次数')).toBeVisible();
    await textbox(page, '执行次数').fill('12');
    await expect(page.getByTestId('schedule-sentence')).toHaveText(
      '从 2030年1月7日 起，每周的星期一 09:00执行，共 12 次，最后一次在 2030年3月25日',
    );
    await expectAccessible(page, 'period (zh)');
    await snap(page, 'plans-wizard-3-period-zh');
    await button(page, '下一步').click();

    await radio(page, '文本会话').check();
    await radio(page, '按座席数量').check();
    await textbox(page, '每位座席抽检数量').fill('3');
    await button(page, '下一步').click();

    await expect(stepHeading(page, '检查并提交')).toBeVisible();
    await expect(page.getByTestId('plan-summary')).toContainText(
      '每次执行从每位座席抽取 3 条文本会话。',
    );
    await snap(page, 'plans-wizard-5-review-zh');
    await button(page, '提交计划').click();
    await expect(page.getByRole('heading', { name: '计划已创建' })).toBeVisible();
    const planId = (await page.getByTestId('new-plan-id').textContent()) ?? '';
    await page.getByRole('link', { name: '前往计划列表' }).click();
    const row = page.locator(`[data-plan-id="${planId}"]`);
    await expect(row).toContainText('已停止');
    await expect(row).toContainText('执行 12 次后结束');
    await expectAccessible(page, 'list (zh)');
    await snap(page, 'plans-list-zh');
  });
});

test('the steps show as numbered circles where their labels do not fit on one line', async ({
  page,
}) => {
  const steps = page.getByRole('navigation', { name: 'Plan steps' });
  const position = page.getByText('Step 1 of 5: Basics');
  const basicsLabel = steps.getByText('Basics', { exact: true });

  // 1280 px: the five labelled steps fit beside the navbar, on one line.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/plans/new');
  await expect(basicsLabel).toBeVisible();
  await expect(position).toBeHidden();
  const onOneLine = async () => {
    const first = await steps.getByRole('button').first().boundingBox();
    const last = await steps.getByRole('button').last().boundingBox();
    return first !== null && last !== null && Math.abs(first.y - last.y) < 1;
  };
  expect(await onOneLine()).toBe(true);

  // 1024 px: they would wrap; circles on one line, and where the user is in words. The labels
  // stay for screen readers, drawn in one clipped pixel.
  await page.setViewportSize({ width: 1024, height: 800 });
  await expect(position).toBeVisible();
  expect(await onOneLine()).toBe(true);
  expect((await basicsLabel.boundingBox())?.width).toBeLessThanOrEqual(1);
});

test('shortest and longest call stay a pair on one row when no maximum applies', async ({
  page,
}) => {
  await fillWholePlan(page, uniqueName('Pairs'));
  await button(page, 'Back').click();
  await radio(page, 'A number per agent').check();
  await expect(textbox(page, 'Maximum calls per run')).toHaveCount(0);

  const top = async (name: string) => (await textbox(page, name).boundingBox())?.y;
  expect(await top('Longest call')).toBe(await top('Shortest call'));
  expect(await top('Highest score')).toBe(await top('Lowest score'));
  expect(await top('Shortest call')).toBeGreaterThan((await top('Calls per agent')) ?? Infinity);
});

test.describe('sending that fails', () => {
  test.use({ allowedConsoleErrors: [/ERR_INTERNET_DISCONNECTED|Failed to load resource/] });

  test('keeps the input after a network failure and sends it on retry', async ({ page }) => {
    const name = uniqueName('Network failure');
    await fillWholePlan(page, name);
    await page.route(`**${ADD_PLAN}`, (route) => route.abort('internetdisconnected'));
    const sendTop = (await button(page, 'Send plan').boundingBox())?.y;
    await button(page, 'Send plan').click();
    const alert = page.getByRole('alert').filter({ hasText: 'The server could not be reached' });
    await expect(alert).toContainText('Everything you entered is kept.');
    // The message opens above the buttons: the button just clicked has not moved.
    expect((await button(page, 'Send plan').boundingBox())?.y).toBe(sendTop);
    await snap(page, 'plans-wizard-5-review-network-failure');

    await stepButton(page, 'Basics').click();
    await expect(textbox(page, 'Plan name')).toHaveValue(name);
    await stepButton(page, 'Review and send').click();

    await page.unroute(`**${ADD_PLAN}`);
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByTestId('new-plan-id')).toHaveText(/^\d+$/);
  });

  test('shows the simulator refusing the plan and takes the user to the field it names', async ({
    page,
  }) => {
    const name = uniqueName('Refused');
    await fillWholePlan(page, name);
    // The simulator enforces the same contract as the wizard, so a valid plan is never refused.
    // To get a refusal the wizard could not foresee, the body is changed on its way (as an
    // intermediary or a stale copy would): the second inspector becomes the first one. The
    // refusal itself is the real simulator's answer.
    await page.route(`**${ADD_PLAN}`, async (route) => {
      const body = JSON.parse(route.request().postData() ?? '{}') as {
        appointQuality: { setCounts: { personID: string }[] };
      };
      const [first, second] = body.appointQuality.setCounts;
      if (first && second) second.personID = first.personID;
      await route.continue({ postData: JSON.stringify(body) });
    });
    await button(page, 'Send plan').click();

    const alert = page.getByRole('alert').filter({ hasText: 'The server refused the plan' });
    await expect(alert.getByTestId('result-code')).toHaveText(
      FAILURE_CODES.regularqualitytask.invalid,
    );
    await expect(alert.getByTestId('result-desc')).toHaveText(
      'appointQuality.setCounts[1].personID "qa.lin" appears twice',
    );
    await expect(stepHeading(page, 'Inspectors')).toBeVisible();
    await expect(textbox(page, 'Inspector 2 ID')).toBeFocused();
    await expect(page.getByText('Refused by the server: "qa.lin" appears twice')).toBeVisible();
    await expect(textbox(page, 'Inspector 2 ID')).toHaveValue('qa.chen');
    await snap(page, 'plans-wizard-2-inspectors-refused');

    await page.unroute(`**${ADD_PLAN}`);
    await stepButton(page, 'Review and send').click();
    await button(page, 'Send plan').click();
    await expect(page.getByTestId('new-plan-id')).toHaveText(/^\d+$/);
  });
});

test.describe('plan list', () => {
  test.use({ allowedConsoleErrors: [/ERR_INTERNET_DISCONNECTED|Failed to load resource/] });

  test('says when the plans cannot be loaded, and loads them on Try again', async ({ page }) => {
    let reachable = false;
    await page.route(`**${endpointPath('queryQualityTask')}`, (route) =>
      reachable ? route.continue() : route.abort('internetdisconnected'),
    );
    await page.goto('/plans');
    const alert = page.getByRole('alert').filter({ hasText: 'The plans could not be loaded' });
    await expect(alert).toContainText('The request got no answer.');
    await expectAccessible(page, 'list error');

    reachable = true;
    await alert.getByRole('button', { name: 'Try again' }).click();
    // A row or a card, whichever fits the window.
    await expect(page.locator('[data-plan-id]').first()).toBeVisible();
    await expect(page.getByText(/^\d+ plans?$/)).toBeVisible();
    await page.getByRole('link', { name: 'New plan' }).click();
    await expect(page).toHaveURL(/\/plans\/new$/);
  });

  test('shows cards where the table would not fit beside the navbar, no action past the right edge', async ({
    page,
  }) => {
    // 1024 px, a small laptop: beside the navbar the table (1080 px at least) would put the
    // actions behind a sideways scroll.
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto('/plans');
    const cards = page.getByRole('list', { name: 'Plans' });
    await expect(cards).toBeVisible();
    await expect(page.getByRole('table')).toHaveCount(0);
    const plans = cards.getByRole('listitem');
    await expect(plans.first()).toBeVisible();
    for (const plan of await plans.all()) {
      for (const action of await plan.getByRole('button').all()) {
        const box = await action.boundingBox();
        expect(box, 'every action is drawn').not.toBeNull();
        expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(1024);
      }
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(1024);
    await expectAccessible(page, 'list as cards beside the navbar');
    await snap(page, 'plans-list-laptop', { widths: [{ width: 1024, height: 768 }] });

    // Wide enough: the table, which fits without scrolling (its box is no tab stop).
    await page.setViewportSize({ width: 1440, height: 900 });
    await expect(page.getByRole('table', { name: 'Plans' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Plans' })).toHaveCount(0);
    // And back, as the window narrows.
    await page.setViewportSize({ width: 1280, height: 900 });
    await expect(cards).toBeVisible();
    await expect(page.getByRole('table')).toHaveCount(0);
  });
});
