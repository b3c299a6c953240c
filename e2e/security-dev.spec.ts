import { fileURLToPath } from 'node:url';
import { createServer, type ViteDevServer } from 'vite';
import { REFERENCE_SPEED_RULE_ID } from '../server/simulator/seed.ts';
import { expect, test } from './support/fixtures';

/**
 * The dev server's policy (decision 051: script-src 'self' plus a per-start nonce on Vite's
 * injected scripts) in a real browser: the app, Vite's client and React refresh run under it
 * without a single violation. The other specs cover the built app (vite preview).
 */

const ROOT = fileURLToPath(new URL('..', import.meta.url));

let server: ViteDevServer | undefined;

test.afterEach(async () => {
  await server?.close();
  server = undefined;
});

test('the dev server sends its CSP, and the console runs under it', async ({ page }) => {
  test.setTimeout(120_000);
  // Always the embedded simulator, whatever .env.local says (the real environment wins).
  process.env.CCSQM_BASE_URL = '';
  process.env.CCSQM_SIMULATOR_DATA = '';
  server = await createServer({
    root: ROOT,
    configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
    logLevel: 'error',
    server: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  await server.listen();
  const origin = (server.resolvedUrls?.local[0] ?? '').replace(/\/$/, '');

  const violations: string[] = [];
  const consoleLines: string[] = [];
  page.on('console', (message) => consoleLines.push(message.text()));
  await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation: (text: string) => void })
        .reportCspViolation;
      report(`${event.effectiveDirective} ${event.blockedURI} on ${location.pathname}`);
    });
  });

  for (const path of [
    '/plans',
    '/plans/new',
    '/speed-rules',
    `/speed-rules/${REFERENCE_SPEED_RULE_ID}`,
  ]) {
    const response = await page.goto(`${origin}${path}`);
    expect(response?.headers()['content-security-policy']).toMatch(
      /script-src 'self' 'nonce-[A-Za-z0-9+/=]+';/,
    );
    await expect(page.getByRole('main')).toBeVisible({ timeout: 60_000 });
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible({ timeout: 30_000 });
  }
  // Vite's client ran (a nonce'd script) and its HMR WebSocket connected under connect-src 'self'.
  await expect
    .poll(() => consoleLines.some((line) => line.includes('[vite] connected')))
    .toBe(true);
  expect(violations).toEqual([]);
});
