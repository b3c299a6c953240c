import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Page } from '@playwright/test';
import { validPlan } from '../server/testing/fixtures.ts';
import { REFERENCE_SPEED_RULE_ID } from '../server/simulator/seed.ts';
import { endpointPath, FAILURE_CODES, SUCCESS_CODES } from '../src/lib/contract/index.ts';
import { SYSTEM_CHROMIUM_ARGS, chromiumLaunchOptions } from './support/chromium';
import { expect, test } from './support/fixtures';
import { planNames } from './support/plan-api';
import { createRule, deleteRule } from './support/speed-rule-api';
import { uniqueName } from './support/unique-name';

/**
 * The credentials proxy against a real browser: cross-site requests from another loopback port,
 * DNS rebinding, the Content-Security-Policy and friends, and server text shown as text
 * (decisions 050-052).
 */

const ADD_PLAN = endpointPath('addQualityTask');

/** A page served from another loopback port: another origin, the same site. */
async function serveAttackerPage(
  html: string,
): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function attackerHtml(
  target: string,
  names: Record<'noCors' | 'cors' | 'textForm' | 'urlForm', string>,
) {
  const body = (name: string) => JSON.stringify(validPlan({ qiqtName: name }));
  // A text/plain form whose body is JSON: name + "=" + value = {..., "pad":"="}.
  const textFormBody = body(names.textForm);
  const formName = `${textFormBody.slice(0, -1)},"pad":"`;
  const attr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return `<!doctype html><html><body>
<form id="text-form" method="POST" action="${target}" enctype="text/plain" target="text-frame">
  <input name="${attr(formName)}" value='"}'>
</form>
<iframe name="text-frame"></iframe>
<form id="url-form" method="POST" action="${target}" target="url-frame">
  <input name="qiqtName" value="${attr(names.urlForm)}">
</form>
<iframe name="url-frame"></iframe>
<script>
  window.outcomes = {};
  const send = (key, init) => fetch(${JSON.stringify(target)}, { method: 'POST', credentials: 'include', ...init })
    .then((r) => { window.outcomes[key] = r.type === 'opaque' ? 'opaque' : 'status ' + r.status; },
          (e) => { window.outcomes[key] = 'failed: ' + e.name; });
  send('noCors', { mode: 'no-cors', headers: { 'Content-Type': 'text/plain' }, body: ${JSON.stringify(body(names.noCors))} });
  send('cors', { headers: { 'Content-Type': 'application/json' }, body: ${JSON.stringify(body(names.cors))} });
  document.getElementById('text-form').submit();
  document.getElementById('url-form').submit();
</script></body></html>`;
}

test.describe('cross-site requests', () => {
  test('a page on another loopback port cannot make the proxy add a plan (fetch or form)', async ({
    page,
    context,
    request,
    baseURL,
  }) => {
    const names = {
      noCors: uniqueName('CSRF no-cors fetch'),
      cors: uniqueName('CSRF JSON fetch'),
      textForm: uniqueName('CSRF text form'),
      urlForm: uniqueName('CSRF urlencoded form'),
    };
    const target = `${baseURL}${ADD_PLAN}`;
    const attacker = await serveAttackerPage(attackerHtml(target, names));
    try {
      // The user has the console open; the attacker's page opens in the same browser.
      await page.goto('/plans');
      await expect(page.getByRole('main')).toBeVisible();

      const evil = await context.newPage();
      // What happened to each request of the attacker's page to the API: its status, or why the
      // browser dropped it (CORP and frame-ancestors also keep the 403 itself from the page).
      const outcomes: string[] = [];
      evil.on('requestfinished', (r) => {
        if (!r.url().endsWith(ADD_PLAN)) return;
        void r.response().then((response) => outcomes.push(`status ${response?.status()}`));
      });
      evil.on('requestfailed', (r) => {
        if (r.url().endsWith(ADD_PLAN)) outcomes.push(r.failure()?.errorText ?? 'failed');
      });
      const refusals: number[] = [];
      evil.on('response', (response) => {
        if (response.url().endsWith(ADD_PLAN)) refusals.push(response.status());
      });
      await evil.goto(attacker.url);
      // Two fetches and two form posts; the JSON fetch ends at its refused preflight.
      await expect.poll(() => outcomes.length).toBe(4);
      for (const outcome of outcomes) {
        expect(outcome).toMatch(/^(status 403|net::ERR_BLOCKED_BY_RESPONSE.*|net::ERR_FAILED)$/);
      }
      // The form posts were answered 403 before the browser refused to show the answer framed.
      expect(refusals.length).toBeGreaterThanOrEqual(2);
      for (const status of refusals) expect(status).toBe(403);
      await expect
        .poll(() => evil.evaluate(() => (window as unknown as { outcomes: object }).outcomes))
        .toEqual({ noCors: 'failed: TypeError', cors: 'failed: TypeError' });
      await evil.close();

      // Nothing reached CCSQM: none of the names exists, for a script or in the console.
      const listed = await planNames(request);
      for (const name of Object.values(names)) expect(listed).not.toContain(name);
      await page.reload();
      await expect(page.getByRole('main')).toBeVisible();
      for (const name of Object.values(names)) await expect(page.getByText(name)).toHaveCount(0);

      // The same call from the console's own page goes through: the guard is not just closed.
      const ownName = uniqueName('Same-origin call');
      const status = await page.evaluate(
        async ([path, body]) => {
          const response = await fetch(path, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json; charset=UTF-8' },
            body,
          });
          return response.status;
        },
        [ADD_PLAN, JSON.stringify(validPlan({ qiqtName: ownName }))] as const,
      );
      expect(status).toBe(200);
      expect(await planNames(request)).toContain(ownName);
    } finally {
      await attacker.close();
    }
  });
});

test.describe('DNS rebinding', () => {
  test('under a foreign host name the browser gets neither the app nor the API', async ({
    baseURL,
  }) => {
    const port = new URL(baseURL ?? '').port;
    const launch = chromiumLaunchOptions();
    // The attacker's name resolves to this machine, as after a rebinding.
    const browser = await chromium.launch({
      ...launch,
      args: [
        ...(('args' in launch ? launch.args : undefined) ?? SYSTEM_CHROMIUM_ARGS),
        '--host-resolver-rules=MAP rebind.attacker.test 127.0.0.1',
      ],
    });
    try {
      const page = await browser.newPage();
      const origin = `http://rebind.attacker.test:${port}`;
      const app = await page.goto(`${origin}/plans`);
      expect(app?.status()).toBe(403);
      // The attacker's page is now same-origin with "its" server: it tries the API.
      const answers = await page.evaluate(
        async ([planPath]) => {
          const call = await fetch(planPath, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: '{"page":1,"rows":5}',
          });
          const info = await fetch('/console-api/upstream');
          return [
            { status: call.status, text: await call.text() },
            { status: info.status, text: await info.text() },
          ];
        },
        [endpointPath('queryQualityTask')] as const,
      );
      for (const answer of answers) {
        expect(answer.status).toBe(403);
        expect(answer.text).not.toMatch(
          new RegExp(`qiqtName|simulator|resultCode":"${SUCCESS_CODES.regularqualitytask}`),
        );
      }
    } finally {
      await browser.close();
    }
  });
});

test.describe('security headers', () => {
  test('the app and its assets carry the CSP, nosniff and Referrer-Policy', async ({
    page,
    request,
  }) => {
    const document = await page.goto('/plans');
    const scripts: string[] = [];
    page.on('response', (response) => {
      if (response.url().endsWith('.js')) scripts.push(response.url());
    });
    await page.goto('/speed-rules');
    await expect(page.getByRole('main')).toBeVisible();
    const assetUrl = scripts[0] ?? (await page.locator('script[src]').first().getAttribute('src'));
    expect(assetUrl).toBeTruthy();

    for (const headers of [
      document?.headers() ?? {},
      (await request.get('/')).headers(),
      (await request.get(String(assetUrl))).headers(),
      (await request.get('/favicon.svg')).headers(),
    ]) {
      const csp = headers['content-security-policy'] ?? '';
      expect(csp).toContain("script-src 'self';");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toMatch(/script-src[^;]*(unsafe-inline|unsafe-eval)/);
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('same-origin');
    }
  });
});

/** Records CSP violations every page load reports, from its first script on. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const seen: string[] = [];
  await page.exposeFunction('reportCspViolation', (text: string) => seen.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation: (text: string) => void })
        .reportCspViolation;
      report(
        `${event.effectiveDirective} ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber} on ${location.pathname}`,
      );
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) seen.push(message.text());
  });
  return () => Promise.resolve([...seen]);
}

test.describe('Content-Security-Policy', () => {
  test('no page of the console breaks it', async ({ page }) => {
    const violations = await watchCsp(page);

    const plans = await page.goto('/plans');
    expect(plans?.headers()['content-security-policy']).toContain("script-src 'self'");
    // A plan's row or card, or the list's error.
    await expect(page.locator('[data-plan-id]').or(page.getByRole('alert')).first()).toBeVisible();

    await page.goto('/plans/new');
    await expect(page.getByRole('heading', { name: 'New plan' })).toBeVisible();
    await page.getByRole('button', { name: 'Next', exact: true }).click(); // errors on screen
    await page.getByRole('button', { name: 'Start from JSON' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.keyboard.press('Escape');

    await page.goto('/speed-rules');
    await expect(page.getByRole('table')).toBeVisible();

    await page.goto(`/speed-rules/${REFERENCE_SPEED_RULE_ID}`);
    await expect(page.getByLabel('Minimum speed (words per minute)')).toBeVisible();
    await page
      .getByRole('region', { name: 'When the agent is too slow' })
      .getByRole('button', { name: 'Choose sentences…' })
      .click();
    await expect(page.getByRole('dialog').getByRole('checkbox').first()).toBeVisible();
    await page.keyboard.press('Escape');

    await page.goto('/speed-rules/new');
    await expect(page.getByRole('heading', { name: 'New speed rule' })).toBeVisible();

    expect(await violations()).toEqual([]);
  });

  test.describe('is enforced', () => {
    test.use({ allowedConsoleErrors: [/Executing inline script violates/] });

    test('an injected inline script is refused and reported', async ({ page }) => {
      const violations = await watchCsp(page);
      await page.goto('/plans');
      await expect(page.getByRole('main')).toBeVisible();
      const ran = await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.inlineRan = true';
        document.head.append(script);
        return (window as unknown as { inlineRan?: boolean }).inlineRan ?? false;
      });
      expect(ran).toBe(false);
      // The recorder above sees violations: an empty list in the other test means something.
      await expect
        .poll(violations)
        .toEqual(expect.arrayContaining([expect.stringMatching(/^script-src-elem inline/)]));
    });
  });
});

test.describe('text from the server or an import is shown as text', () => {
  test('names and resultDesc with markup: no dialog, no element, the text as written', async ({
    page,
    request,
  }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const tag = uniqueName('xss').split(' ')[1] ?? 'tag';
    const planName = `<img src=x onerror=alert(1)> ${tag}`;
    const ruleName = `<img src=x onerror=alert(2)> ${tag}`;

    const plan = await request.post(ADD_PLAN, { data: validPlan({ qiqtName: planName }) });
    const planId = String(((await plan.json()) as { objId?: string }).objId);
    const speedId = await createRule(request, { name: ruleName, score: 1, min: 80, max: 160 });

    await page.goto('/plans');
    await expect(
      page.locator(`[data-plan-id="${planId}"]`).getByText(planName).first(),
    ).toBeVisible();

    await page.goto(`/speed-rules?q=${tag}`);
    const ruleLink = page.getByRole('link', { name: ruleName, exact: true });
    await expect(ruleLink).toBeVisible();
    await ruleLink.click();
    await expect(page.getByRole('heading', { name: ruleName, level: 1 })).toBeVisible();
    await expect(page.getByLabel('Rule name')).toHaveValue(ruleName);

    // An import with markup in it, and a refusal whose resultDesc has markup in it.
    const importedName = `<script>alert(3)</script>${tag}`;
    await page.goto('/plans/new');
    await page.getByRole('button', { name: 'Start from JSON' }).click();
    await page
      .getByRole('dialog')
      .getByLabel('Request body (JSON)')
      .fill(JSON.stringify(validPlan({ qiqtName: importedName })));
    await page.getByRole('dialog').getByRole('button', { name: 'Fill the wizard' }).click();
    await expect(page.getByLabel('Plan name')).toHaveValue(importedName);
    await page
      .getByRole('navigation', { name: 'Plan steps' })
      .getByRole('button', { name: /Review and send/ })
      .click();
    await expect(page.getByTestId('plan-summary')).toContainText(importedName);
    const refusal = `qiqtName <img src=x onerror=alert(4)> is refused <b>here</b>`;
    await page.route(`**${ADD_PLAN}`, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({
          resultCode: FAILURE_CODES.regularqualitytask.invalid,
          resultDesc: refusal,
        }),
      }),
    );
    await page.getByRole('button', { name: 'Send plan' }).click();
    await expect(page.getByTestId('result-desc')).toHaveText(refusal);

    expect(dialogs).toEqual([]);
    await expect(page.locator('img[src="x"], b:text("here")')).toHaveCount(0);

    await request.post(endpointPath('deleteQualityTask'), {
      data: { regularQualityTaskId: planId },
    });
    await deleteRule(request, speedId);
  });
});
