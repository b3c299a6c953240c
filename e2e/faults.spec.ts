import type { Page, Route } from '@playwright/test';
import { failures, type ProxyFailure } from '../server/proxy/proxy-failure.ts';
import { validPlan } from '../server/testing/fixtures.ts';
import { endpointPath } from '../src/lib/contract/index.ts';
import { expect, test } from './support/fixtures';
import { planNamed } from './support/plan-api';
import { createRule, deleteRule } from './support/speed-rule-api';
import { uniqueName } from './support/unique-name';

/**
 * The browser half of the faults: what the console shows when a call fails. The server tests
 * (server/proxy/__tests__/faults.test.ts) prove the console server answers each fault with these
 * exact JSON answers; here the browser receives them (page.route), or loses the connection, and
 * must say what happened while keeping everything typed.
 */

const ADD_PLAN = endpointPath('addQualityTask');
const UPDATE_RULE = endpointPath('updateSpeedRule');
const TARGET = 'CCSQM at https://service.besclouds.com';

type Fault =
  | {
      name: string;
      kind: 'answer';
      status: number;
      body: { resultCode: string; resultDesc: string };
    }
  | { name: string; kind: 'drop' };

const answer = (name: string, failure: ProxyFailure): Fault => ({
  name,
  kind: 'answer',
  status: failure.status,
  body: { resultCode: failure.resultCode, resultDesc: failure.resultDesc },
});

/** Every fault of the issue, as the console server answers it. */
const FAULTS: Fault[] = [
  answer('the upstream is down', failures.upstreamUnreachable(TARGET, 'ECONNREFUSED')),
  answer('the upstream is slower than the timeout', failures.timeout(TARGET, 15_000)),
  answer('the upstream answers an HTML 502', failures.upstreamNotJson(TARGET, 502, 'an HTML page')),
  answer('the upstream answers an HTML 500', failures.upstreamNotJson(TARGET, 500, 'an HTML page')),
  answer('the upstream closes the connection halfway', failures.upstreamBrokeOff(TARGET)),
  answer('the token endpoint is down', failures.tokenUnreachable('ECONNREFUSED')),
  answer('the token endpoint answers garbage', failures.tokenInvalid()),
  answer('the token endpoint answers an expired token', failures.tokenExpired()),
  {
    name: 'two 401s in a row (the second is passed on)',
    kind: 'answer',
    status: 401,
    body: { resultCode: '401', resultDesc: 'The access token is invalid or has expired.' },
  },
  { name: 'the network drops', kind: 'drop' },
];

/** Routes `path` to the current fault; counts the calls the page makes. */
async function routeFaults(page: Page, path: string) {
  const state: { fault: Fault | null; calls: number } = { fault: null, calls: 0 };
  await page.route(`**${path}`, async (route: Route) => {
    state.calls++;
    const fault = state.fault;
    if (fault === null) return route.continue();
    if (fault.kind === 'drop') return route.abort('connectionreset');
    return route.fulfill({
      status: fault.status,
      contentType: 'application/json; charset=UTF-8',
      body: JSON.stringify(fault.body),
    });
  });
  return state;
}

/** The first sentence of a resultDesc: enough to recognise it on screen. */
const firstSentence = (text: string) => text.split('. ')[0] ?? text;

async function planWizardAtReview(page: Page, name: string) {
  await page.goto('/plans/new');
  await page.getByRole('button', { name: 'Start from JSON' }).click();
  const dialog = page.getByRole('dialog');
  await dialog
    .getByLabel('Request body (JSON)')
    .fill(JSON.stringify(validPlan({ qiqtName: name })));
  await dialog.getByRole('button', { name: 'Fill the wizard' }).click();
  await expect(dialog).toBeHidden();
  await page
    .getByRole('navigation', { name: 'Plan steps' })
    .getByRole('button', { name: /Review and send/ })
    .click();
  await expect(page.getByRole('heading', { level: 2, name: 'Review and send' })).toBeVisible();
}

test.describe('faults while sending a plan', () => {
  // One pattern: test.use reads a two-element array as [value, fixture options].
  test.use({ allowedConsoleErrors: [/status of (401|500|502|504)|ERR_CONNECTION_RESET/] });

  test('each fault gets a clear message, one request per click, and the plan is kept', async ({
    page,
    request,
  }) => {
    test.setTimeout(60_000);
    const name = uniqueName('Fault plan');
    await planWizardAtReview(page, name);
    const calls = await routeFaults(page, ADD_PLAN);
    const send = page.getByRole('button', { name: 'Send plan' });

    for (const fault of FAULTS) {
      calls.fault = fault;
      const before = calls.calls;
      await send.click();
      const alert = page.getByRole('alert').filter({ hasText: 'Everything you entered is kept.' });
      if (fault.kind === 'drop') {
        await expect(alert, fault.name).toContainText('The server could not be reached');
      } else {
        await expect(alert, fault.name).toContainText('The server answered with an error');
        await expect(alert, fault.name).toContainText(`HTTP ${fault.status}`);
        await expect(alert, fault.name).toContainText(firstSentence(fault.body.resultDesc));
      }
      expect(calls.calls - before, fault.name).toBe(1);
      await expect(page.getByTestId('plan-summary')).toContainText(name);
      await alert.getByRole('button', { name: 'Dismiss' }).click();
      await expect(alert).toBeHidden();
    }

    // Everything typed survived every fault: the same plan goes through once the service is back.
    await page
      .getByRole('navigation', { name: 'Plan steps' })
      .getByRole('button', { name: /Basics/ })
      .click();
    await expect(page.getByLabel('Plan name')).toHaveValue(name);
    await page
      .getByRole('navigation', { name: 'Plan steps' })
      .getByRole('button', { name: /Review and send/ })
      .click();
    calls.fault = null;
    await send.click();
    await expect(page.getByRole('heading', { name: 'Plan created' })).toBeVisible();
    expect(await planNamed(request, name)).toHaveLength(1);
  });

  test('a double click on Send sends one request and creates one plan', async ({
    page,
    request,
  }) => {
    const name = uniqueName('Double click');
    await planWizardAtReview(page, name);
    let calls = 0;
    await page.route(`**${ADD_PLAN}`, async (route) => {
      calls++;
      await new Promise((resolve) => setTimeout(resolve, 300)); // a slow service
      await route.continue();
    });
    await page.getByRole('button', { name: 'Send plan' }).dblclick();
    await expect(page.getByRole('heading', { name: 'Plan created' })).toBeVisible();
    expect(calls).toBe(1);
    expect(await planNamed(request, name)).toHaveLength(1);
  });
});

test.describe('faults while loading the plan list', () => {
  test.use({ allowedConsoleErrors: [/status of 502/] });

  test('the list says what failed, and loads once the service answers again', async ({ page }) => {
    const fault = failures.tokenUnreachable('ECONNREFUSED');
    let broken = true;
    await page.route(`**${endpointPath('queryQualityTask')}`, (route) =>
      broken
        ? route.fulfill({
            status: fault.status,
            contentType: 'application/json; charset=UTF-8',
            body: JSON.stringify({ resultCode: fault.resultCode, resultDesc: fault.resultDesc }),
          })
        : route.continue(),
    );
    await page.goto('/plans');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The plans could not be loaded');
    await expect(alert).toContainText(firstSentence(fault.resultDesc));
    broken = false;
    await page.reload();
    await expect(page.locator('[data-plan-id]').first()).toBeVisible(); // a row or a card
  });
});

test.describe('faults while saving a speed rule', () => {
  // One pattern: test.use reads a two-element array as [value, fixture options].
  test.use({ allowedConsoleErrors: [/status of (401|500|502|504)|ERR_CONNECTION_RESET/] });

  test('each fault gets a clear message in the review, and the edit is kept', async ({
    page,
    request,
  }) => {
    test.setTimeout(60_000);
    const id = await createRule(request, { name: uniqueName('Fault rule') });
    await page.goto(`/speed-rules/${id}`);
    const max = page.getByLabel('Maximum speed (words per minute)');
    await max.fill('177');
    const calls = await routeFaults(page, UPDATE_RULE);
    await page.getByRole('button', { name: 'Review and save' }).click();
    const review = page.getByRole('dialog', { name: 'Review changes' });
    const save = review.getByRole('button', { name: 'Save changes' });

    for (const fault of FAULTS) {
      calls.fault = fault;
      const before = calls.calls;
      await save.click();
      const alert = review.getByRole('alert');
      await expect(alert, fault.name).toContainText('Not saved');
      if (fault.kind === 'drop') {
        await expect(alert, fault.name).toContainText('The server could not be reached');
      } else {
        await expect(alert, fault.name).toContainText(`HTTP status ${fault.status}`);
        await expect(alert, fault.name).toContainText(fault.body.resultCode);
        await expect(alert, fault.name).toContainText(firstSentence(fault.body.resultDesc));
      }
      await expect(save).toBeEnabled();
      expect(calls.calls - before, fault.name).toBe(1);
    }

    await review.getByRole('button', { name: 'Back to editing' }).click();
    await expect(max).toHaveValue('177');
    calls.fault = null;
    await page.getByRole('button', { name: 'Review and save' }).click();
    await save.click();
    await expect(page.getByText(/was saved\./)).toBeVisible();
    await deleteRule(request, id);
  });

  test('a double click on Save sends one request', async ({ page, request }) => {
    const id = await createRule(request, { name: uniqueName('Double save') });
    await page.goto(`/speed-rules/${id}`);
    await page.getByLabel('Maximum speed (words per minute)').fill('166');
    let calls = 0;
    await page.route(`**${UPDATE_RULE}`, async (route) => {
      calls++;
      await new Promise((resolve) => setTimeout(resolve, 300));
      await route.continue();
    });
    await page.getByRole('button', { name: 'Review and save' }).click();
    await page
      .getByRole('dialog', { name: 'Review changes' })
      .getByRole('button', { name: 'Save changes' })
      .dblclick();
    await expect(page.getByText(/was saved\./)).toBeVisible();
    expect(calls).toBe(1);
    await deleteRule(request, id);
  });
});
