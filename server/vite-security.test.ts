import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { InlineConfig } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { endpointPath } from '../src/lib/contract/index.ts';
import { appContentSecurityPolicy } from './http/security-headers.ts';
import { JSON_HEADERS, send, type RawAnswer } from './testing/http-client.ts';
import { validPlan } from './testing/fixtures.ts';
import { closeAll, tempDir } from './testing/servers.ts';
import { startViteDev, startVitePreview } from './testing/vite-servers.ts';

/**
 * The plugin inside real Vite dev and preview servers: Host allow-list (Vite's check and the
 * proxy's own), no CORS, and the security headers on the app (decisions 050-052).
 */

afterEach(closeAll);

const INDEX_HTML = `<!doctype html>
<html><head><title>t</title><script src="/color-scheme.js"></script></head>
<body><div id="root"></div><script type="module">console.log('inline')</script>
<script type="module" src="/main.js"></script></body></html>`;

function projectRoot(): string {
  const root = tempDir();
  writeFileSync(path.join(root, 'index.html'), INDEX_HTML);
  writeFileSync(path.join(root, 'main.js'), 'export const x = 1;\n');
  // What `vite build` would have left for preview.
  mkdirSync(path.join(root, 'dist', 'assets'), { recursive: true });
  writeFileSync(
    path.join(root, 'dist', 'index.html'),
    '<!doctype html><html><head><script type="module" src="/assets/app.js"></script></head><body></body></html>',
  );
  writeFileSync(path.join(root, 'dist', 'assets', 'app.js'), 'export {};\n');
  return root;
}

const startDev = (env: Record<string, string> = {}, extra: InlineConfig = {}) =>
  startViteDev({ env, log: () => undefined }, { root: projectRoot(), ...extra });

const startPreview = (env: Record<string, string> = {}, extra: InlineConfig = {}) =>
  startVitePreview({ env, log: () => undefined }, { root: projectRoot(), ...extra });

const servers = [
  ['dev', startDev],
  ['preview', startPreview],
] as const;

const PLAN = endpointPath('addQualityTask');
const planBody = JSON.stringify(validPlan({ qiqtName: 'vite security test' }));

const get = (url: string, pathname: string, headers: Record<string, string> = {}) =>
  send(url, { method: 'GET', path: pathname, headers });
const postPlan = (url: string, headers: Record<string, string> = {}) =>
  send(url, { path: PLAN, headers: { ...JSON_HEADERS, ...headers }, body: planBody });

const accessControlHeaders = (answer: RawAnswer) =>
  Object.keys(answer.headers).filter((name) => name.startsWith('access-control-'));

describe.each(servers)('%s server', (kind, start) => {
  it('refuses a foreign Host for the app, the proxy and /console-api', async () => {
    const url = await start();
    const host = { Host: 'rebind.attacker.example' };
    for (const answer of [
      await get(url, '/', host),
      await get(url, '/console-api/upstream', host),
      await postPlan(url, { ...host, Origin: 'http://rebind.attacker.example' }),
    ]) {
      expect(answer.status).toBe(403);
      expect(answer.text).not.toContain('0408000');
    }
    // Its own names still work.
    expect((await postPlan(url, { Host: 'localhost' })).json?.resultCode).toBe('0408000');
  });

  it('the proxy refuses a foreign Host on its own, even with Vite’s check turned off', async () => {
    const url = await start(
      {},
      { server: { host: '127.0.0.1', port: 0, watch: null, ws: false, allowedHosts: true } },
    );
    const host = { Host: 'rebind.attacker.example' };
    const call = await postPlan(url, host);
    expect(call.status).toBe(403);
    expect(call.json?.resultCode).toBe('PROXY_HOST_REFUSED');
    expect((await get(url, '/console-api/upstream', host)).json?.resultCode).toBe(
      'PROXY_HOST_REFUSED',
    );
  });

  it('serves the names in CCSQM_ALLOWED_HOSTS, app and API alike', async () => {
    const url = await start({ CCSQM_ALLOWED_HOSTS: 'console.corp.example, .team.example' });
    for (const name of ['console.corp.example', 'qa.team.example']) {
      expect((await get(url, '/', { Host: name })).status, name).toBe(200);
      const call = await postPlan(url, { Host: name, Origin: `https://${name}` });
      expect(call.json?.resultCode, name).toBe('0408000');
    }
    expect((await get(url, '/', { Host: 'other.example' })).status).toBe(403);
  });

  it('gives no CORS permission to another localhost origin, preflight or not', async () => {
    const url = await start();
    const attacker = { Origin: 'http://127.0.0.1:1', 'Sec-Fetch-Site': 'same-site' };
    const preflight = await send(url, {
      method: 'OPTIONS',
      path: PLAN,
      headers: {
        ...attacker,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type',
      },
    });
    expect(preflight.status).toBe(403);
    expect(accessControlHeaders(preflight)).toEqual([]);
    const call = await postPlan(url, attacker);
    expect(call.json?.resultCode).toBe('PROXY_CROSS_SITE_REFUSED');
    expect(accessControlHeaders(call)).toEqual([]);
    const page = await get(url, '/', { Origin: 'http://127.0.0.1:1' });
    expect(accessControlHeaders(page)).toEqual([]);
  });

  it('sends nosniff, Referrer-Policy and a CSP without inline scripts on the app', async () => {
    const url = await start();
    for (const pathname of ['/', '/plans/new', kind === 'dev' ? '/main.js' : '/assets/app.js']) {
      const answer = await get(url, pathname);
      expect(answer.status, pathname).toBe(200);
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
      expect(answer.headers['referrer-policy']).toBe('same-origin');
      expect(answer.headers['x-frame-options']).toBe('DENY');
      const csp = String(answer.headers['content-security-policy']);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
      expect(scriptSrc).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(csp).toMatch(/style-src 'self' 'unsafe-inline'/);
    }
    const api = await postPlan(url);
    expect(api.headers['content-security-policy']).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    );
    expect(api.headers['x-content-type-options']).toBe('nosniff');
    expect(api.headers['referrer-policy']).toBe('same-origin');
  });
});

describe('CSP in preview and in dev', () => {
  it('preview: scripts from the own origin only', async () => {
    const url = await startPreview();
    const page = await get(url, '/');
    expect(page.headers['content-security-policy']).toBe(appContentSecurityPolicy());
    expect(page.headers['content-security-policy']).toContain("script-src 'self';");
  });

  it('dev: Vite’s injected inline scripts carry a nonce the policy names, new per start', async () => {
    const nonces: string[] = [];
    for (let i = 0; i < 2; i++) {
      const url = await startDev();
      const page = await get(url, '/');
      const nonce = /script-src 'self' 'nonce-([A-Za-z0-9+/=]+)'/.exec(
        String(page.headers['content-security-policy']),
      )?.[1];
      expect(nonce).toBeDefined();
      nonces.push(nonce ?? '');
      const scripts = page.text.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length).toBeGreaterThanOrEqual(3); // Vite's client, the inline one, main.js
      for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    }
    expect(nonces[0]).not.toBe(nonces[1]);
  });
});
