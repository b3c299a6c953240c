import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { endpointPath, TOKEN_PATH } from '../../../src/lib/contract/index.ts';
import { JSON_HEADERS, send, type RawAnswer } from '../../testing/http-client.ts';
import { validPlan } from '../../testing/fixtures.ts';
import {
  TEST_APP_KEY,
  TEST_APP_SECRET,
  closeAll,
  startProxy,
  startSimulator,
} from '../../testing/servers.ts';
import { hostAllowList } from '../allowed-hosts.ts';
import { createConsoleApiProxy } from '../create-proxy.ts';
import { comesFromOwnPages } from '../request-source.ts';

afterEach(closeAll);

const PLAN = endpointPath('addQualityTask');
const planBody = JSON.stringify(validPlan({ qiqtName: 'guard test' }));

/** A proxy in front of a simulator that counts what reached it. */
async function setup(allowedHosts?: string[]) {
  const sim = await startSimulator();
  const proxy = await startProxy({ baseUrl: sim.url, allowedHosts });
  const port = new URL(proxy.url).port;
  return {
    url: proxy.url,
    port,
    /** Everything the upstream received, token requests included. */
    reached: () => sim.simulator.testHooks.requests.length,
    post: (headers: Record<string, string>, body = planBody, path = PLAN) =>
      send(proxy.url, { path, headers, body }),
  };
}

const refusedAs = (answer: RawAnswer, status: number, resultCode: string) => {
  expect(answer.status).toBe(status);
  expect(answer.json?.resultCode).toBe(resultCode);
  expect(answer.headers['content-type']).toBe('application/json; charset=UTF-8');
};

describe('request guard: cross-site requests (CSRF)', () => {
  it("passes the console's own page: its Origin, Sec-Fetch-Site same-origin, JSON", async () => {
    const { url, post, reached } = await setup();
    const answer = await post({
      ...JSON_HEADERS,
      Origin: url,
      'Sec-Fetch-Site': 'same-origin',
      'Sec-Fetch-Mode': 'cors',
    });
    expect(answer.status).toBe(200);
    expect(answer.json?.resultCode).toBe('0408000');
    expect(reached()).toBe(2); // the token, the call
  });

  it('passes a request with neither header (curl, a script): it is not a browser', async () => {
    const { post } = await setup();
    const answer = await post(JSON_HEADERS);
    expect(answer.json?.resultCode).toBe('0408000');
  });

  it('passes Sec-Fetch-Site none (typed by the user; no page can cause it)', async () => {
    const { post } = await setup();
    expect((await post({ ...JSON_HEADERS, 'Sec-Fetch-Site': 'none' })).status).toBe(200);
  });

  const crossSite: Array<[string, (own: { url: string; port: string }) => Record<string, string>]> =
    [
      ['Sec-Fetch-Site cross-site', () => ({ 'Sec-Fetch-Site': 'cross-site' })],
      ['Sec-Fetch-Site same-site (another port)', () => ({ 'Sec-Fetch-Site': 'same-site' })],
      ['an Origin on another port', () => ({ Origin: 'http://127.0.0.1:1' })],
      ['an Origin of another site', () => ({ Origin: 'https://attacker.example' })],
      [
        'the same machine under another name',
        ({ port }) => ({ Origin: `http://localhost:${port}` }),
      ],
      ['Origin null (sandboxed frame, file: page)', () => ({ Origin: 'null' })],
      ['an Origin that is not an origin', ({ url }) => ({ Origin: `${url}/path` })],
      [
        'its own Origin but a cross-site fetch',
        ({ url }) => ({ Origin: url, 'Sec-Fetch-Site': 'cross-site' }),
      ],
      ['two Origin headers', ({ url }) => ({ Origin: `${url}, https://attacker.example` })],
    ];
  it.each(crossSite)('refuses %s with 403, forwarding nothing', async (_name, headers) => {
    const own = await setup();
    const answer = await own.post({ ...JSON_HEADERS, ...headers(own) });
    refusedAs(answer, 403, 'PROXY_CROSS_SITE_REFUSED');
    expect(answer.json?.resultDesc).toContain('Nothing was sent to CCSQM');
    expect(own.reached()).toBe(0);
  });

  it.each([
    'text/plain',
    'text/plain;charset=UTF-8',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/json; charset=latin1',
    'application/jsonp',
  ])('refuses a call sent as %s (what a plain form can send) with 415', async (type) => {
    const { post, reached } = await setup();
    refusedAs(await post({ 'Content-Type': type }), 415, 'PROXY_UNSUPPORTED_MEDIA_TYPE');
    expect(reached()).toBe(0);
  });

  it('refuses a call without a Content-Type', async () => {
    const { post, reached } = await setup();
    refusedAs(await post({}), 415, 'PROXY_UNSUPPORTED_MEDIA_TYPE');
    expect(reached()).toBe(0);
  });

  it('a form post from another origin is refused as cross-site before its type is judged', async () => {
    const { post, reached } = await setup();
    const answer = await post(
      {
        'Content-Type': 'application/x-www-form-urlencoded',
        Origin: 'http://127.0.0.1:1',
        'Sec-Fetch-Site': 'same-site',
        'Sec-Fetch-Mode': 'navigate',
      },
      'qiqtName=evil',
    );
    refusedAs(answer, 403, 'PROXY_CROSS_SITE_REFUSED');
    expect(reached()).toBe(0);
  });

  it('answers no CORS preflight with permission', async () => {
    const { url, reached } = await setup();
    const preflight = (headers: Record<string, string>) =>
      send(url, {
        method: 'OPTIONS',
        path: PLAN,
        headers: {
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'content-type',
          ...headers,
        },
      });
    const fromAttacker = await preflight({
      Origin: 'http://127.0.0.1:1',
      'Sec-Fetch-Site': 'same-site',
      'Sec-Fetch-Mode': 'cors',
    });
    refusedAs(fromAttacker, 403, 'PROXY_CROSS_SITE_REFUSED');
    const withoutOrigin = await preflight({});
    refusedAs(withoutOrigin, 403, 'PROXY_METHOD_NOT_ALLOWED');
    for (const answer of [fromAttacker, withoutOrigin]) {
      expect(Object.keys(answer.headers).filter((h) => h.startsWith('access-control-'))).toEqual(
        [],
      );
    }
    expect(reached()).toBe(0);
  });

  it('takes off CORS headers an earlier middleware set', async () => {
    const sim = await startSimulator();
    const proxy = createConsoleApiProxy({
      info: { mode: 'simulator', baseUrl: null },
      baseUrl: sim.url,
      tokenUrl: `${sim.url}${TOKEN_PATH}`,
      appKey: TEST_APP_KEY,
      appSecret: TEST_APP_SECRET,
      userId: 'operator-42',
      tokenExpireSeconds: 600,
      timeoutMs: 5000,
      log: () => undefined,
    });
    // Like Vite's cors middleware, were it turned back on: it runs before the proxy.
    const server = http.createServer((req, res) => {
      res.setHeader('Access-Control-Allow-Origin', '*');
      res.setHeader('Access-Control-Allow-Credentials', 'true');
      proxy.middleware(req, res, () => res.end());
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const answer = await send(url, { path: PLAN, headers: JSON_HEADERS, body: planBody });
      expect(answer.status).toBe(200);
      expect(answer.headers['access-control-allow-origin']).toBeUndefined();
      expect(answer.headers['access-control-allow-credentials']).toBeUndefined();
    } finally {
      proxy.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('guards /console-api the same way', async () => {
    const { url } = await setup();
    const ask = (headers: Record<string, string>) =>
      send(url, { method: 'GET', path: '/console-api/upstream', headers });
    expect((await ask({ 'Sec-Fetch-Site': 'same-origin' })).status).toBe(200);
    refusedAs(await ask({ 'Sec-Fetch-Site': 'cross-site' }), 403, 'PROXY_CROSS_SITE_REFUSED');
    refusedAs(await ask({ Origin: 'http://127.0.0.1:1' }), 403, 'PROXY_CROSS_SITE_REFUSED');
    refusedAs(await ask({ Host: 'rebind.attacker.example' }), 403, 'PROXY_HOST_REFUSED');
  });
});

describe('request guard: Host names (DNS rebinding)', () => {
  it('refuses a foreign Host on calls, /console-api and refused paths, forwarding nothing', async () => {
    const { url, port, post, reached } = await setup();
    const host = `rebind.attacker.example:${port}`;
    const own = { Origin: `http://${host}`, 'Sec-Fetch-Site': 'same-origin' };
    refusedAs(await post({ ...JSON_HEADERS, ...own, Host: host }), 403, 'PROXY_HOST_REFUSED');
    const info = await send(url, {
      method: 'GET',
      path: '/console-api/upstream',
      headers: { Host: host },
    });
    refusedAs(info, 403, 'PROXY_HOST_REFUSED');
    const disguised = await send(url, { path: '/apiaccess/%2e%2e/x', headers: { Host: host } });
    refusedAs(disguised, 403, 'PROXY_HOST_REFUSED');
    expect(reached()).toBe(0);
  });

  it('serves localhost, *.localhost, IP addresses and the configured names', async () => {
    const { post, port, reached } = await setup(['console.corp.example', '.team.example']);
    const hosts = [
      `localhost:${port}`,
      `LOCALHOST:${port}`,
      'app.localhost',
      `127.0.0.1:${port}`,
      `[::1]:${port}`,
      '10.1.2.3',
      'console.corp.example',
      'team.example:443',
      'qa.team.example',
    ];
    for (const host of hosts) {
      const answer = await post({
        ...JSON_HEADERS,
        Host: host,
        Origin: new URL(`https://${host}`).origin,
      });
      expect(answer.status, host).toBe(200);
    }
    expect(reached()).toBe(hosts.length + 1); // one token for all
  });
});

describe('hostAllowList', () => {
  const allowed = ['console.corp.example', '.team.example'];
  it.each([
    [undefined, true],
    ['localhost', true],
    ['localhost:5173', true],
    ['a.b.localhost:5173', true],
    ['127.0.0.1:5173', true],
    ['192.168.0.7', true],
    ['[::1]:5173', true],
    ['[fe80::1]', true],
    ['console.corp.example', true],
    ['Console.Corp.Example:8443', true],
    ['team.example', true],
    ['x.y.team.example', true],
    ['evilteam.example', false],
    ['console.corp.example.attacker.example', false],
    ['attacker.example', false],
    ['localhost.attacker.example', false],
    ['localhost.', false],
    ['127.0.0.1.nip.io', false],
    ['[not-ipv6]', false],
    ['evil.example@localhost', false],
    ['local host', false],
    ['localhost:99999999', false],
    ['', false],
  ])('%s -> %s', (host, expected) => {
    expect(hostAllowList(allowed)(host)).toBe(expected);
  });
});

describe('comesFromOwnPages', () => {
  const host = 'localhost:5173';
  it.each([
    [{}, true],
    [{ 'sec-fetch-site': 'same-origin' }, true],
    [{ 'sec-fetch-site': 'none' }, true],
    [{ origin: 'http://localhost:5173' }, true],
    [{ origin: 'https://localhost:5173' }, true],
    [{ origin: 'http://localhost:5173', 'sec-fetch-site': 'same-origin' }, true],
    [{ 'sec-fetch-site': 'same-site' }, false],
    [{ 'sec-fetch-site': 'cross-site' }, false],
    [{ 'sec-fetch-site': 'something-new' }, false],
    [{ origin: 'http://localhost:5174' }, false],
    [{ origin: 'http://localhost' }, false],
    [{ origin: 'http://127.0.0.1:5173' }, false],
    [{ origin: 'null' }, false],
    [{ origin: 'file://' }, false],
    [{ origin: 'chrome-extension://abc' }, false],
    [{ origin: 'http://localhost:5173/' }, false],
  ])('%o -> %s', (headers, expected) => {
    expect(comesFromOwnPages({ host, ...headers })).toBe(expected);
  });

  it('compares default ports by scheme', () => {
    expect(
      comesFromOwnPages({ host: 'console.corp.example', origin: 'https://console.corp.example' }),
    ).toBe(true);
    expect(
      comesFromOwnPages({
        host: 'console.corp.example:443',
        origin: 'https://console.corp.example',
      }),
    ).toBe(true);
    expect(
      comesFromOwnPages({
        host: 'console.corp.example:80',
        origin: 'https://console.corp.example',
      }),
    ).toBe(false);
    expect(comesFromOwnPages({ origin: 'http://localhost:5173' })).toBe(false); // no Host at all
  });
});
