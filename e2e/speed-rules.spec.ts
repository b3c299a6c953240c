import type { Locator, Page } from '@playwright/test';
import { speedRuleDraftKey } from '../src/features/speed-rules/model/draft-keys.ts';
import { endpointPath, FAILURE_CODES } from '../src/lib/contract/index.ts';
import { draftStorageKey } from '../src/lib/drafts/draft-storage.ts';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { tabTo } from './support/keyboard';
import { snap } from './support/screenshots';
import { createRule, deleteRule, getRule, type RuleSetting } from './support/speed-rule-api';
import { uniqueName } from './support/unique-name';

/**
 * Speed rules against the embedded simulator. The simulator keeps its state for the whole run,
 * so every test that changes something works on a rule it created itself, under a unique name;
 * the seeded rules are only read.
 */

test.describe.configure({ mode: 'parallel' });

const UPDATE_RULE = endpointPath('updateSpeedRule');
/** How many Tab presses tabTo may spend reaching a control here (its default is 40). */
const MAX_TABS = 60;

const LABEL = {
  name: 'Rule name',
  score: 'Points deducted',
  min: 'Minimum speed (words per minute)',
  max: 'Maximum speed (words per minute)',
  from: 'Start checking at',
  end: 'Stop checking at',
} as const;

async function openRule(page: Page, id: string) {
  await page.goto(`/speed-rules/${id}`);
  await expect(page.getByLabel(LABEL.min)).toBeVisible();
}

/** The picker: category, search, tick. */
async function pickSentence(
  page: Page,
  section: Locator,
  { category, search, sentence }: { category: string; search: string; sentence: string },
) {
  await section.getByRole('button', { name: /Choose sentences|选择语句/ }).click();
  const picker = page.getByRole('dialog');
  await picker.getByLabel(/Sentence category|语句分类/).click();
  await page.getByRole('option', { name: category }).click();
  await picker.getByRole('searchbox').fill(search);
  await picker.getByRole('checkbox', { name: sentence }).check();
  await picker.getByRole('button', { name: /Done|完成/ }).click();
  await expect(picker).toBeHidden();
}

/** Where an element sits on the page (not in the viewport, which scrolls as fields are filled). */
const pagePosition = (target: Locator) =>
  target.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return { x: box.left + window.scrollX, y: box.top + window.scrollY, width: box.width };
  });

test('edits min, max and an exception through the picker; the change survives a reload', async ({
  page,
  request,
}) => {
  const id = await createRule(request, { min: 90, max: 150 });
  await openRule(page, id);

  await page.getByLabel(LABEL.min).fill('100');
  await page.getByLabel(LABEL.max).fill('180');
  await expect(
    page.getByRole('img', { name: 'Allowed speed: 100 to 180 words per minute' }),
  ).toBeVisible();

  const tooFast = page.getByRole('region', { name: 'When the agent is too fast' });
  await pickSentence(page, tooFast, {
    category: 'Pace & clarity',
    search: 'hurry',
    sentence: "I'm in a hurry, can we keep this quick?",
  });
  await expect(tooFast.getByText("I'm in a hurry, can we keep this quick?")).toBeVisible();

  await page.getByRole('button', { name: 'Review and save' }).click();
  const review = page.getByRole('dialog', { name: 'Review changes' });
  const changes = review.getByRole('table', { name: 'Changes to the rule' });
  await expect(changes.getByRole('row', { name: /Minimum speed.*90.*100/ })).toBeVisible();
  await expect(changes.getByRole('row', { name: /Maximum speed.*150.*180/ })).toBeVisible();
  await expect(
    changes.getByRole('row', { name: /Too-fast exceptions.*added.*hurry/ }),
  ).toBeVisible();

  // The preview is the exact body: ids are strings, the sentence object became its id.
  const previewText =
    (await review.getByLabel('updateSpeedRule request body', { exact: true }).textContent()) ?? '';
  const previewed = JSON.parse(previewText) as {
    setting: Record<string, unknown>;
    exception: { under: { customer: unknown[] }; over: { customer: unknown[] } };
  };
  expect(previewed.setting).toMatchObject({ speed_id: id, min: 100, max: 180 });
  expect(previewed.setting.other).toEqual({ call_from: null, call_end: null });
  expect(previewed.exception.under.customer).toEqual([]);
  expect(previewed.exception.over.customer).toEqual([expect.stringMatching(/^\d+$/)]);

  const sent = page.waitForRequest(`**${UPDATE_RULE}`);
  const saveButton = review.getByRole('button', { name: 'Save changes' });
  await saveButton.click();
  expect((await sent).postData()).toBe(previewText);
  await expect(page.getByText(/The speed rule “.*” was saved\./)).toBeVisible();
  await expect(review).toBeHidden();

  await page.reload();
  await expect(page.getByLabel(LABEL.min)).toHaveValue('100');
  await expect(page.getByLabel(LABEL.max)).toHaveValue('180');
  await expect(tooFast.getByText("I'm in a hurry, can we keep this quick?")).toBeVisible();
  await expect(page.getByText('Unsaved changes restored')).toHaveCount(0);

  const stored = await getRule(request, id);
  expect(stored.setting).toMatchObject({ min: 100, max: 180 });
  expect(stored.exception).toMatchObject({
    over: { customer: [{ sentence_name: "I'm in a hurry, can we keep this quick?" }] },
  });
  await deleteRule(request, id);
});

test('checks every updateSpeedRule rule while typing, and nothing moves', async ({
  page,
  request,
}) => {
  const id = await createRule(request);
  await openRule(page, id);
  const saveButton = page.getByRole('button', { name: 'Review and save' });
  const before = await pagePosition(saveButton);

  const min = page.getByLabel(LABEL.min);
  const max = page.getByLabel(LABEL.max);
  const score = page.getByLabel(LABEL.score);

  // min: 1..220
  await min.fill('0');
  await expect(min).toHaveAccessibleDescription(/Must be at least 1/);
  await min.fill('221');
  await expect(min).toHaveAccessibleDescription(/Must be at most 220/);

  // max >= min, re-checked when the minimum changes
  await min.fill('150');
  await max.fill('120');
  await expect(max).toHaveAccessibleDescription(/The maximum must be at least the minimum/);
  expect(await pagePosition(saveButton)).toEqual(before);
  await min.fill('100');
  await expect(max).not.toHaveAccessibleDescription(/must be at least the minimum/);
  await max.fill('2147483648');
  await expect(max).toHaveAccessibleDescription(/Must be at most 2147483647/);
  await max.fill('160');

  // score: 0..100
  await score.fill('101');
  await expect(score).toHaveAccessibleDescription(/Must be at most 100/);

  // the trigger window: mm:ss, and the end not before the start
  const from = page.getByLabel(LABEL.from);
  const end = page.getByLabel(LABEL.end);
  await from.fill('2 min');
  await expect(from).toHaveAccessibleDescription(/Enter a time as mm:ss/);
  await from.fill('02:00');
  await end.fill('01:59');
  await expect(end).toHaveAccessibleDescription(/Checking must not end before it starts/);

  // name: required
  await page.getByLabel(LABEL.name).fill('');
  await expect(page.getByLabel(LABEL.name)).toHaveAccessibleDescription(/Required/);

  expect(await pagePosition(saveButton)).toEqual(before);

  // Nothing invalid can be sent: the review does not open, the first problem gets the focus.
  await saveButton.click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByLabel(LABEL.name)).toBeFocused();

  await page.getByLabel(LABEL.name).fill('fixed');
  await score.fill('100');
  await end.fill('02:00');
  await expect(end).not.toHaveAccessibleDescription(/Checking must not end/);
  await saveButton.click();
  await expect(page.getByRole('dialog', { name: 'Review changes' })).toBeVisible();
  await deleteRule(request, id);
});

test('adds a rule through the form, then deletes it from the list', async ({ page, request }) => {
  const name = uniqueName('add');
  await page.goto('/speed-rules');
  await page.getByRole('link', { name: 'New rule' }).first().click();
  await expect(page.getByRole('heading', { name: 'New speed rule' })).toBeVisible();

  await page.getByLabel(LABEL.name).fill(name);
  await page.getByLabel(LABEL.score).fill('4');
  await page.getByLabel(LABEL.min).fill('100');
  await page.getByLabel(LABEL.max).fill('160');
  await page.getByLabel(LABEL.from).fill('0:30');
  await page.getByLabel(LABEL.end).click();
  await expect(page.getByLabel(LABEL.from)).toHaveValue('00:30');

  await page.getByRole('button', { name: 'Review and save' }).click();
  const review = page.getByRole('dialog', { name: 'Review the new rule' });
  const body = JSON.parse(
    (await review.getByLabel('addSpeedRule request body', { exact: true }).textContent()) ?? '',
  ) as { setting: Record<string, unknown> };
  expect(body.setting).toEqual({
    name,
    score: 4,
    min: 100,
    max: 160,
    other: { call_from: 30_000, call_end: null },
  });
  await review.getByRole('button', { name: 'Create rule' }).click();

  await expect(page).toHaveURL(/\/speed-rules\/\d+$/);
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  const id = /\/speed-rules\/(\d+)$/.exec(page.url())?.[1] ?? '';
  expect((await getRule(request, id)).setting).toMatchObject({ name, min: 100, max: 160 });

  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', {
      name: 'Speed rules',
    })
    .click();
  await page.getByRole('searchbox', { name: 'Search rules' }).fill(name);
  await expect(page).toHaveURL(/[?&]q=/);
  await expect(page.getByRole('row')).toHaveCount(2); // header + the one rule
  // Unsaved edits of this rule, as the edit page keeps them: deleting the rule drops them too.
  const draftKey = draftStorageKey(speedRuleDraftKey(id));
  await page.evaluate((key) => localStorage.setItem(key, '{"savedAt":1,"values":{}}'), draftKey);
  await page.getByRole('button', { name: `Delete ${name}` }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete speed rule' });
  await expect(confirm).toContainText(name);
  await confirm.getByRole('button', { name: 'Delete rule' }).click();
  await expect(page.getByText(`“${name}” was deleted.`)).toBeVisible();
  await expect(page.getByText('No matching rules')).toBeVisible();
  expect(await page.evaluate((key) => localStorage.getItem(key), draftKey)).toBeNull();
  expect((await getRule(request, id)).resultCode).toBe(FAILURE_CODES.speedrule.notFound);
});

test('searches with a debounce and pages through the list', async ({ page, request }) => {
  const prefix = uniqueName('paging');
  const ids: string[] = [];
  for (let i = 1; i <= 11; i++) {
    ids.push(await createRule(request, { name: `${prefix} #${String(i).padStart(2, '0')}` }));
  }

  await page.goto('/speed-rules');
  const searches: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith(endpointPath('querySpeedRules'))) searches.push(r.postData() ?? '');
  });
  await page.getByRole('searchbox', { name: 'Search rules' }).pressSequentially(prefix, {
    delay: 5,
  });
  // The search lands in the address once typing pauses (a pause mid-typing may search earlier).
  await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(prefix);
  await expect(page.getByText('11 rules')).toBeVisible();
  // Typing did not send one request per key.
  expect(searches.length).toBeLessThan(prefix.length / 2);

  const table = page.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(11); // header + 10
  await page.getByRole('button', { name: 'Page 2' }).click();
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(page).toHaveURL(/page=2/);

  await page.reload();
  await expect(page.getByRole('searchbox', { name: 'Search rules' })).toHaveValue(prefix);
  await expect(table.getByRole('row')).toHaveCount(2);
  for (const id of ids) await deleteRule(request, id);
});

test('shows cards where the table would not fit beside the navbar', async ({ page }) => {
  // 800 px: the navbar leaves the list less than the table's 600 px.
  await page.setViewportSize({ width: 800, height: 900 });
  await page.goto('/speed-rules');
  const cards = page.getByRole('list', { name: 'Speed rules' });
  await expect(cards.getByRole('listitem').first()).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
  const firstRule = cards.getByRole('listitem').first();
  await expect(firstRule.getByRole('link', { name: /^Edit / })).toBeInViewport();
  await expect(firstRule.getByRole('button', { name: /^Delete / })).toBeInViewport();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(800);

  // 1024 px: the table fits beside the navbar.
  await page.setViewportSize({ width: 1024, height: 900 });
  await expect(page.getByRole('table', { name: 'Speed rules' })).toBeVisible();
  await expect(cards).toHaveCount(0);
});

test('paired fields keep their inputs on one line where a hint wraps', async ({ page }) => {
  // 1024 px: beside the navbar the maximum's hint wraps to two lines, the minimum's does not.
  await page.setViewportSize({ width: 1024, height: 900 });
  await page.goto('/speed-rules/new');
  const minHint = await page.getByText(/^1 to 220; slower/).boundingBox();
  const maxHint = await page.getByText(/^At least the minimum/).boundingBox();
  expect(maxHint?.height, 'the case this test is about').toBeGreaterThan(minHint?.height ?? 0);

  const min = await pagePosition(page.getByLabel(LABEL.min));
  const max = await pagePosition(page.getByLabel(LABEL.max));
  expect(max.x).toBeGreaterThan(min.x + min.width); // side by side
  expect(max.y).toBeCloseTo(min.y, 0);
});

test.describe('failed saves', () => {
  test.use({ allowedConsoleErrors: [/ERR_INTERNET_DISCONNECTED|ERR_FAILED/] });

  test('a business failure (the rule was deleted meanwhile) shows resultCode and keeps the edit', async ({
    page,
    request,
  }) => {
    const id = await createRule(request);
    await openRule(page, id);
    await page.getByLabel(LABEL.name).fill('edited before the failure');
    await page.getByLabel(LABEL.min).fill('111');

    await deleteRule(request, id); // another request, elsewhere

    await page.getByRole('button', { name: 'Review and save' }).click();
    const review = page.getByRole('dialog', { name: 'Review changes' });
    await review.getByRole('button', { name: 'Save changes' }).click();
    const alert = review.getByRole('alert');
    await expect(alert).toContainText('Not saved');
    await expect(alert).toContainText(FAILURE_CODES.speedrule.notFound);
    await expect(alert).toContainText('resultDesc:');
    await expect(review.getByRole('button', { name: 'Save changes' })).toBeEnabled();

    await review.getByRole('button', { name: 'Back to editing' }).click();
    await expect(page.getByLabel(LABEL.name)).toHaveValue('edited before the failure');
    await expect(page.getByLabel(LABEL.min)).toHaveValue('111');
  });

  test('a network failure keeps the edit, and saving again works', async ({ page, request }) => {
    const id = await createRule(request, { max: 150 });
    await openRule(page, id);
    await page.getByLabel(LABEL.max).fill('199');

    await page.route(`**${UPDATE_RULE}`, (route) => route.abort('internetdisconnected'));
    await page.getByRole('button', { name: 'Review and save' }).click();
    const review = page.getByRole('dialog', { name: 'Review changes' });
    await review.getByRole('button', { name: 'Save changes' }).click();
    await expect(review.getByRole('alert')).toContainText('The server could not be reached');
    await expect(page.getByLabel(LABEL.max)).toHaveValue('199');

    await page.unroute(`**${UPDATE_RULE}`);
    await review.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByText(/was saved\./)).toBeVisible();
    expect((await getRule(request, id)).setting).toMatchObject({ max: 199 });
    await deleteRule(request, id);
  });
});

test('nothing typed is lost on reload, and leaving asks first', async ({ page, request }) => {
  const id = await createRule(request, { name: uniqueName('draft') });
  const { setting } = await getRule(request, id);
  await openRule(page, id);

  await page.getByLabel(LABEL.name).fill('typed, not saved');
  await page.getByLabel(LABEL.from).fill('01:15');
  page.on('dialog', (dialog) => void dialog.accept()); // the browser's "leave site?" on reload
  await page.reload();
  await expect(page.getByText('Unsaved changes restored')).toBeVisible();
  await expect(page.getByLabel(LABEL.name)).toHaveValue('typed, not saved');
  await expect(page.getByLabel(LABEL.from)).toHaveValue('01:15');

  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  await nav.getByRole('link', { name: 'Speed rules' }).click();
  const ask = page.getByRole('dialog', { name: 'Leave without saving?' });
  await ask.getByRole('button', { name: 'Keep editing' }).click();
  await expect(page).toHaveURL(new RegExp(`/speed-rules/${id}$`));
  await expect(page.getByLabel(LABEL.name)).toHaveValue('typed, not saved');

  await nav.getByRole('link', { name: 'Speed rules' }).click();
  await ask.getByRole('button', { name: 'Discard changes and leave' }).click();
  await expect(page).toHaveURL(/\/speed-rules$/);
  await openRule(page, id);
  await expect(page.getByLabel(LABEL.name)).toHaveValue((setting as RuleSetting).name);
  await expect(page.getByText('Unsaved changes restored')).toHaveCount(0);
  await deleteRule(request, id);
});

test('the browser’s Back button asks too, and goes back only when told', async ({
  page,
  request,
}) => {
  const name = uniqueName('back');
  const id = await createRule(request, { name });
  await page.goto(`/speed-rules?q=${encodeURIComponent(name)}`);
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/speed-rules/${id}$`));
  await page.getByLabel(LABEL.name).fill('typed, not saved');

  // Back is an in-app navigation here (the list was opened in this tab): the guard asks.
  await page.goBack();
  const ask = page.getByRole('dialog', { name: 'Leave without saving?' });
  await expect(ask).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/speed-rules/${id}$`));
  await ask.getByRole('button', { name: 'Keep editing' }).click();
  await expect(ask).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`/speed-rules/${id}$`));
  await expect(page.getByLabel(LABEL.name)).toHaveValue('typed, not saved');

  await page.goBack();
  await ask.getByRole('button', { name: 'Discard changes and leave' }).click();
  await expect(page).toHaveURL(/\/speed-rules\?q=/);
  await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
  await deleteRule(request, id);
});

test('a rule id that does not exist shows "not found"', async ({ page }) => {
  await page.goto('/speed-rules/12345678901234567890');
  await expect(page.getByRole('heading', { name: 'Speed rule not found' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('12345678901234567890');
  await page.goto('/speed-rules/not-a-number');
  await expect(page.getByRole('heading', { name: 'Speed rule not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to speed rules' }).click();
  await expect(page).toHaveURL(/\/speed-rules$/);
});

test('keyboard only: change the minimum, pick a sentence, save', async ({ page, request }) => {
  const id = await createRule(request, { min: 90 });
  await openRule(page, id);
  const keyboard = page.keyboard;

  await tabTo(page, page.getByLabel(LABEL.min), MAX_TABS);
  await keyboard.press('ControlOrMeta+a');
  await keyboard.type('95');

  const tooSlow = page.getByRole('region', { name: 'When the agent is too slow' });
  await tabTo(page, tooSlow.getByRole('button', { name: 'Choose sentences…' }), MAX_TABS);
  await keyboard.press('Enter');
  const picker = page.getByRole('dialog', { name: 'Sentences that excuse a too-slow agent' });
  await expect(picker).toBeVisible();
  const first = picker.getByRole('checkbox').first();
  await expect(first).toBeVisible();
  await tabTo(page, first, MAX_TABS);
  await keyboard.press('Space');
  await expect(first).toBeChecked();
  await tabTo(page, picker.getByRole('button', { name: /^Done/ }), MAX_TABS);
  await keyboard.press('Enter');
  await expect(picker).toBeHidden();
  await expect(tooSlow.getByRole('listitem')).toHaveCount(1);

  await tabTo(page, page.getByRole('button', { name: 'Review and save' }), MAX_TABS);
  await keyboard.press('Enter');
  const review = page.getByRole('dialog', { name: 'Review changes' });
  const save = review.getByRole('button', { name: 'Save changes' });
  await expect(save).toBeFocused();
  await keyboard.press('Enter');
  await expect(page.getByText(/was saved\./)).toBeVisible();

  const stored = await getRule(request, id);
  expect(stored.setting).toMatchObject({ min: 95 });
  expect((stored.exception as { under: { customer: unknown[] } }).under.customer).toHaveLength(1);
  await deleteRule(request, id);
});

test('no serious or critical accessibility violation: list, editor, picker, review', async ({
  page,
  request,
}) => {
  const id = await createRule(request);
  await page.goto('/speed-rules');
  await expect(page.getByRole('table')).toBeVisible();
  await expectNoAxeViolations(page, { seriousOnly: true, context: 'list' });

  await openRule(page, id);
  await page.getByLabel(LABEL.max).fill('10'); // an error on screen is part of the page
  await expect(page.getByLabel(LABEL.max)).toHaveAccessibleDescription(/at least the minimum/);
  await expectNoAxeViolations(page, { seriousOnly: true, context: 'editor with an error' });
  await page.getByLabel(LABEL.max).fill('170');

  await page
    .getByRole('region', { name: 'When the agent is too slow' })
    .getByRole('button', { name: 'Choose sentences…' })
    .click();
  await expect(page.getByRole('dialog').getByRole('checkbox').first()).toBeVisible();
  await expectNoAxeViolations(page, { seriousOnly: true, context: 'picker' });
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Review and save' }).click();
  await expect(page.getByRole('dialog', { name: 'Review changes' })).toBeVisible();
  await expectNoAxeViolations(page, { seriousOnly: true, context: 'review' });
  await deleteRule(request, id);
});

test('简体中文: the same edit flow', async ({ page, request }) => {
  await page.addInitScript(() => window.localStorage.setItem('ccsqm.language', 'zh'));
  const id = await createRule(request, { min: 90, max: 150 });
  await page.goto(`/speed-rules/${id}`);

  await page.getByLabel('最低语速（字/分钟）').fill('105');
  await page.getByLabel('最高语速（字/分钟）').fill('99');
  await expect(page.getByLabel('最高语速（字/分钟）')).toHaveAccessibleDescription(
    /最高语速|不低于最低语速/,
  );
  await page.getByLabel('最高语速（字/分钟）').fill('175');
  const tooFast = page.getByRole('region', { name: '坐席语速过快时' });
  await pickSentence(page, tooFast, {
    category: 'Pace & clarity',
    search: '快',
    sentence: '你说得太快了，我听不清楚。',
  });

  await page.getByRole('button', { name: '检查并保存' }).click();
  const review = page.getByRole('dialog', { name: '检查修改' });
  await expect(review.getByRole('table', { name: '规则的修改' })).toContainText('105');
  await review.getByRole('button', { name: '保存修改' }).click();
  await expect(page.getByText(/已保存。/)).toBeVisible();

  await page.reload();
  await expect(page.getByLabel('最低语速（字/分钟）')).toHaveValue('105');
  await expect(page.getByLabel('最高语速（字/分钟）')).toHaveValue('175');
  await expect(tooFast.getByText('你说得太快了，我听不清楚。')).toBeVisible();
  await deleteRule(request, id);
});

test('a seeded rule opens with its exception sentences by name (screenshots)', async ({ page }) => {
  await page.goto('/speed-rules?q=billing');
  await expect(
    page.getByRole('link', { name: 'Too fast on billing calls', exact: true }),
  ).toBeVisible();
  await snap(page, 'speed-rules-list');

  await page.getByRole('link', { name: 'Too fast on billing calls', exact: true }).click();
  const tooFast = page.getByRole('region', { name: 'When the agent is too fast' });
  await expect(tooFast.getByRole('listitem').first()).toBeVisible();
  await expect(tooFast.getByText('Sentence (name not loaded)')).toHaveCount(0);
  await expect(page.getByRole('img', { name: /Allowed speed: 80 to 170/ })).toBeVisible();
  await snap(page, 'speed-rules-editor');

  await page.getByLabel(LABEL.min).fill('0');
  await page.getByRole('button', { name: 'Review and save' }).click();
  await snap(page, 'speed-rules-editor-errors', { widths: [{ width: 390, height: 844 }] });

  // Dialogs are fixed to the viewport: a full-page picture would cut them; take the viewport.
  await page.getByLabel(LABEL.min).fill('85');
  await page.getByRole('button', { name: 'Review and save' }).click();
  const review = page.getByRole('dialog', { name: 'Review changes' });
  await expect(review.getByRole('row', { name: /Minimum speed.*80.*85/ })).toBeVisible();
  await snap(page, 'speed-rules-review', { mode: 'viewport' });
  await review.getByRole('button', { name: 'Back to editing' }).click();

  await tooFast.getByRole('button', { name: 'Choose sentences…' }).click();
  await expect(page.getByRole('dialog').getByRole('checkbox').first()).toBeVisible();
  await snap(page, 'speed-rules-picker', { mode: 'viewport' });
  // Not saved: the seeded rule stays as it was for everyone else.
});
