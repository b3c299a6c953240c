import http from 'node:http';
import type { Socket } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { endpointPath, TOKEN_PATH } from '../../../src/lib/contract/index.ts';
import { postJson } from '../../testing/http-client.ts';
import {
  answerToken,
  closeAll,
  deadUrl,
  startFakeUpstream,
  startProxy,
  startSimulator,
} from '../../testing/servers.ts';

/** Faults the simulator cannot produce, from a fake upstream the test controls. */

afterEach(closeAll);

const PLAN_PATH = endpointPath('addQualityTask');
const BIG = '95463736859930726612';
const nowSeconds = () => Math.floor(Date.now() / 1000);

describe('proxy: byte-for-byte pass-through', () => {
  it('forwards the exact request bytes and returns the exact answer bytes, status and type', async () => {
    const requestText = `{ "regularQualityTaskId" : ${BIG},\n "note": "café ☕" }`;
    const answerText = `{"objId":${BIG},"resultCode":0,"resultDesc":"success"}`;
    const upstream = await startFakeUpstream((req, res) => {
      if (req.url === TOKEN_PATH) return answerToken(res, 'tok-1');
      res.writeHead(200, {
        'Content-Type': 'application/json;charset=utf-8',
        'Set-Cookie': 'upstream=1',
      });
      res.end(answerText);
    });
    const { url } = await startProxy({ baseUrl: upstream.url });
    const answer = await postJson(url, PLAN_PATH, requestText);

    const forwarded = upstream.requests.find((r) => r.url === PLAN_PATH);
    expect(forwarded?.body.toString('utf8')).toBe(requestText);
    expect(answer.status).toBe(200);
    expect(answer.text).toBe(answerText);
    expect(answer.headers['content-type']).toBe('application/json;charset=utf-8');
    expect(answer.headers['set-cookie']).toBeUndefined();
  });

  it('passes a JSON failure through as it is, whatever its status', async () => {
    const answerText = '{"resultCode":"0408500","resultDesc":"database unavailable"}';
    const upstream = await startFakeUpstream((req, res) => {
      if (req.url === TOKEN_PATH) return answerToken(res, 'tok-1');
      res.writeHead(500, { 'Content-Type': 'application/json' });
      res.end(answerText);
    });
    const { url } = await startProxy({ baseUrl: upstream.url });
    const answer = await postJson(url, PLAN_PATH, '{}');
    expect(answer.status).toBe(500);
    expect(answer.text).toBe(answerText);
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('proxy: an upstream answer that is not JSON becomes a clear JSON answer', () => {
  const gatewayPage =
    '<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>';
  const cases: Array<[string, number, Record<string, string | string[]>, string, number, RegExp]> =
    [
      [
        'an HTML 502 from a gateway',
        502,
        { 'Content-Type': 'text/html' },
        gatewayPage,
        502,
        /HTTP 502 with an HTML page.*try again later/,
      ],
      [
        'an HTML 500',
        500,
        { 'Content-Type': 'text/html; charset=utf-8' },
        '<h1>Internal Server Error</h1>',
        500,
        /HTTP 500 with an HTML page.*may or may not have been applied/,
      ],
      ['an empty 503', 503, {}, '', 503, /HTTP 503 with an empty body/],
      [
        'a plain-text 404',
        404,
        { 'Content-Type': 'text/plain' },
        'Not Found',
        404,
        /HTTP 404 with a text\/plain body that is not JSON.*CCSQM_BASE_URL/,
      ],
      [
        'a login page with 200',
        200,
        { 'Content-Type': 'text/html' },
        '<!doctype html><form>Sign in</form>',
        502,
        /HTTP 200 with an HTML page.*login page/,
      ],
      [
        'an HTML page that names its type twice',
        502,
        { 'Content-Type': ['text/html', 'text/html'] },
        gatewayPage,
        502,
        /HTTP 502 with an HTML page/,
      ],
      [
        'HTML labelled as JSON',
        502,
        { 'Content-Type': 'application/json' },
        gatewayPage,
        502,
        /HTTP 502 with an HTML page/,
      ],
    ];
  it.each(cases)('%s', async (_name, status, headers, body, expectedStatus, desc) => {
    const upstream = await startFakeUpstream((req, res) => {
      if (req.url === TOKEN_PATH) return answerToken(res, 'tok-1');
      res.writeHead(status, headers);
      res.end(body);
    });
    const { url } = await startProxy({ baseUrl: upstream.url });
    const answer = await postJson(url, PLAN_PATH, '{}');
    expect(answer.status).toBe(expectedStatus);
    expect(answer.headers['content-type']).toBe('application/json; charset=UTF-8');
    expect(answer.json?.resultCode).toBe('PROXY_UPSTREAM_NOT_JSON');
    expect(answer.json?.resultDesc).toMatch(desc);
    expect(answer.json?.resultDesc).toContain(`CCSQM at ${upstream.url}`);
    // Not one character of the page reaches the browser.
    expect(answer.text).not.toMatch(/[<>]|nginx|Sign in|Not Found/);
  });

  it('never lets an error page that echoes the request reach the browser', async () => {
    const upstream = await startFakeUpstream((req, res) => {
      if (req.url === TOKEN_PATH) return answerToken(res, 'tok-ECHOED-secret');
      res.writeHead(500, { 'Content-Type': 'text/html' });
      res.end(`<pre>${JSON.stringify(req.headers)}</pre>`);
    });
    const { url } = await startProxy({ baseUrl: upstream.url });
    const answer = await postJson(url, PLAN_PATH, '{}');
    expect(upstream.requests.at(-1)?.headers.authorization).toBe('Bearer tok-ECHOED-secret');
    expect(answer.status).toBe(500);
    expect(answer.text).not.toContain('tok-ECHOED-secret');
    expect(answer.text).not.toContain('x-app-key');
  });
});

describe('proxy: the upstream closes the connection', () => {
  it('halfway through its answer: 502 PROXY_UPSTREAM_BROKE_OFF, and the next call works', async () => {
    let breakOff = true;
    const upstream = await startFakeUpstream((req, res) => {
      if (req.url === TOKEN_PATH) return answerToken(res, 'tok-1');
      if (!breakOff) {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end('{"resultCode":"0408000"}');
        return;
      }
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '200' });
      res.write('{"objId":"954637368599307266","resultC');
      setTimeout(() => res.socket?.destroy(), 20);
    });
    const { url } = await startProxy({ baseUrl: upstream.url });
    const answer = await postJson(url, PLAN_PATH, '{}');
    expect(answer.status).toBe(502);
    expect(answer.json?.resultCode).toBe('PROXY_UPSTREAM_BROKE_OFF');
    expect(answer.json?.resultDesc).toMatch(/broke off.*may or may not have been applied/);
    expect(answer.text).not.toContain('954637368599307266');

    breakOff = false;
    const again = await postJson(url, PLAN_PATH, '{}');
    expect(again.status).toBe(200);
    expect(again.json?.resultCode).toBe('0408000');
  });

  it('after reading the call, before answering: 502 PROXY_UPSTREAM_UNREACHABLE', async () => {
    // Tokens from elsewhere, so the call gets a fresh connection (a kept-alive one is retried).
    const tokens = await startFakeUpstream((_req, res) => answerToken(res, 'tok-1'));
    const upstream = await startFakeUpstream((_req, res) => {
      res.socket?.destroy();
    });
    const { url } = await startProxy({
      baseUrl: upstream.url,
      tokenUrl: `${tokens.url}${TOKEN_PATH}`,
    });
    const answer = await postJson(url, PLAN_PATH, '{}');
    expect(answer.status).toBe(502);
    expect(answer.json?.resultCode).toBe('PROXY_UPSTREAM_UNREACHABLE');
    expect(answer.json?.resultDesc).toContain('ECONNRESET');
    expect(upstream.requests).toHaveLength(1);
  });

  it.each([
    ['closed', (socket: Socket) => socket.destroy()],
    ['reset', (socket: Socket) => socket.resetAndDestroy()],
  ])(
    'on a kept-alive connection that answered before, %s: tried once more, on a new connection',
    async (_how, drop) => {
      // The second call goes out on a connection kept alive from the first, and is dropped the way
      // a server (or a device on the way) drops an idle connection it has just timed out.
      let calls = 0;
      const upstream = await startFakeUpstream((req, res) => {
        if (req.url === TOKEN_PATH) return answerToken(res, 'tok-1');
        calls += 1;
        if (calls === 2) {
          drop(res.socket as Socket);
          return;
        }
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(`{"resultCode":"0408000","call":${calls}}`);
      });
      const { url } = await startProxy({ baseUrl: upstream.url });
      expect((await postJson(url, PLAN_PATH, '{}')).status).toBe(200);
      const answer = await postJson(url, PLAN_PATH, '{}');
      expect(answer.status).toBe(200);
      expect(answer.json?.call).toBe(3);
    },
  );
});

describe('proxy: 401 handling never loops', () => {
  it('a second 401 goes back to the browser as is, after exactly one renewal and one retry', async () => {
    let tokenCount = 0;
    const upstream = await startFakeUpstream((req, res) => {
      if (req.url === TOKEN_PATH) return answerToken(res, `tok-${++tokenCount}`);
      res.writeHead(401, { 'Content-Type': 'application/json' });
      res.end('{"resultCode":"401","resultDesc":"token rejected"}');
    });
    const { url } = await startProxy({ baseUrl: upstream.url });
    const answer = await postJson(url, PLAN_PATH, '{}');
    expect(answer.status).toBe(401);
    expect(answer.text).toBe('{"resultCode":"401","resultDesc":"token rejected"}');
    const calls = upstream.requests.filter((r) => r.url === PLAN_PATH);
    expect(calls.map((r) => r.headers.authorization)).toEqual(['Bearer tok-1', 'Bearer tok-2']);
    expect(tokenCount).toBe(2);

    // The next browser call starts with the token held (tok-2): again one renewal, one retry.
    await postJson(url, PLAN_PATH, '{}');
    const again = upstream.requests.filter((r) => r.url === PLAN_PATH).slice(2);
    expect(again.map((r) => r.headers.authorization)).toEqual(['Bearer tok-2', 'Bearer tok-3']);
    expect(tokenCount).toBe(3);
  });
});

describe('proxy: timeouts and unreachable upstreams', () => {
  it('answers 504 PROXY_TIMEOUT when the call takes longer than CCSQM_TIMEOUT_MS', async () => {
    const upstream = await startFakeUpstream((req, res) => {
      if (req.url === TOKEN_PATH) return answerToken(res, 'tok');
      setTimeout(() => res.end('{}'), 5000).unref();
    });
    const { url } = await startProxy({ baseUrl: upstream.url, timeoutMs: 250 });
    const started = Date.now();
    const answer = await postJson(url, PLAN_PATH, '{}');
    expect(answer.status).toBe(504);
    expect(answer.json?.resultCode).toBe('PROXY_TIMEOUT');
    expect(answer.json?.resultDesc).toContain('250 ms');
    expect(answer.json?.resultDesc).toContain('CCSQM_TIMEOUT_MS');
    expect(Date.now() - started).toBeLessThan(4500); // the upstream would answer after 5000
  });

  it('drops the upstream call when the browser leaves, and logs it as aborted', async () => {
    let upstreamClosed!: () => void;
    const closed = new Promise<void>((resolve) => (upstreamClosed = resolve));
    const upstream = await startFakeUpstream((req, res) => {
      if (req.url === TOKEN_PATH) return answerToken(res, 'tok');
      res.on('close', upstreamClosed);
      setTimeout(() => res.end('{}'), 5000).unref();
    });
    const { url, logs } = await startProxy({ baseUrl: upstream.url, timeoutMs: 4000 });
    const browser = http.request(`${url}${PLAN_PATH}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
    });
    browser.on('error', () => undefined);
    browser.end('{}');
    await vi.waitFor(() => expect(upstream.requests.some((r) => r.url === PLAN_PATH)).toBe(true));
    const left = Date.now();
    browser.destroy();
    await closed;
    expect(Date.now() - left).toBeLessThan(2000); // long before the 4000 ms timeout
    await vi.waitFor(() => expect(logs.some((line) => / aborted \d+ms$/.test(line))).toBe(true));
    expect(logs.join('\n')).not.toContain('unexpected');
  });

  it('answers 504 PROXY_TOKEN_TIMEOUT when the token request hangs', async () => {
    const upstream = await startFakeUpstream((_req, res) => {
      setTimeout(() => res.end('{}'), 5000).unref();
    });
    const { url } = await startProxy({ baseUrl: upstream.url, timeoutMs: 250 });
    const answer = await postJson(url, PLAN_PATH, '{}');
    expect(answer.status).toBe(504);
    expect(answer.json?.resultCode).toBe('PROXY_TOKEN_TIMEOUT');
    expect(answer.json?.resultDesc).toContain('Nothing was sent');
  });

  it('answers 502 PROXY_UPSTREAM_UNREACHABLE when the API host is down', async () => {
    const sim = await startSimulator();
    const dead = await deadUrl();
    const { url } = await startProxy({ baseUrl: dead, tokenUrl: `${sim.url}${TOKEN_PATH}` });
    const answer = await postJson(url, PLAN_PATH, '{}');
    expect(answer.status).toBe(502);
    expect(answer.json?.resultCode).toBe('PROXY_UPSTREAM_UNREACHABLE');
    expect(answer.json?.resultDesc).toContain('ECONNREFUSED');
    expect(answer.json?.resultDesc).toContain('CCSQM_BASE_URL');
  });
});

describe('proxy: token endpoint failures are 502 with a next step', () => {
  it('token service down', async () => {
    const { url } = await startProxy({ baseUrl: await deadUrl() });
    const answer = await postJson(url, PLAN_PATH, '{}');
    expect(answer.status).toBe(502);
    expect(answer.json?.resultCode).toBe('PROXY_TOKEN_UNREACHABLE');
    expect(answer.json?.resultDesc).toContain('CCSQM_TOKEN_URL');
  });

  const cases: Array<[string, (res: import('node:http').ServerResponse) => void, string]> = [
    [
      'wrong credentials (401)',
      (res) => {
        res.writeHead(401);
        res.end('{"error":"bad key"}');
      },
      'PROXY_TOKEN_REJECTED',
    ],
    [
      'server error (500)',
      (res) => {
        res.writeHead(500);
        res.end();
      },
      'PROXY_TOKEN_REJECTED',
    ],
    [
      'garbage body',
      (res) => {
        res.writeHead(200);
        res.end('<html>login</html>');
      },
      'PROXY_TOKEN_INVALID',
    ],
    [
      'no AccessToken',
      (res) => {
        res.writeHead(200);
        res.end('{"CreateTime":"1","Expires":"600"}');
      },
      'PROXY_TOKEN_INVALID',
    ],
    [
      'token unusable in a header',
      (res) => {
        res.writeHead(200);
        res.end(
          JSON.stringify({
            AccessToken: 'a\r\nX-Evil: 1',
            CreateTime: String(nowSeconds()),
            Expires: '600',
          }),
        );
      },
      'PROXY_TOKEN_INVALID',
    ],
    [
      'already expired',
      (res) => answerToken(res, 'old', nowSeconds() - 200, 100),
      'PROXY_TOKEN_EXPIRED',
    ],
    ['zero lifetime', (res) => answerToken(res, 'zero', nowSeconds(), 0), 'PROXY_TOKEN_EXPIRED'],
  ];
  it.each(cases)('%s', async (_name, answerTokenRequest, code) => {
    const upstream = await startFakeUpstream((req, res) => {
      if (req.url === TOKEN_PATH) return answerTokenRequest(res);
      res.end('{}');
    });
    const { url } = await startProxy({ baseUrl: upstream.url });
    const answer = await postJson(url, PLAN_PATH, '{}');
    expect(answer.status).toBe(502);
    expect(answer.json?.resultCode).toBe(code);
    expect(upstream.requests.filter((r) => r.url === PLAN_PATH)).toHaveLength(0);
  });
});

describe('proxy: clock skew between us and the token service', () => {
  it.each([
    ['hours ahead', 4 * 3600],
    ['hours behind', -4 * 3600],
  ])(
    'a CreateTime %s is read against our clock, and the token is still reused',
    async (_name, skew) => {
      const upstream = await startFakeUpstream((req, res) => {
        if (req.url === TOKEN_PATH) return answerToken(res, 'skewed', nowSeconds() + skew, 600);
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end('{"resultCode":"0408000"}');
      });
      const { url } = await startProxy({ baseUrl: upstream.url });
      expect((await postJson(url, PLAN_PATH, '{}')).status).toBe(200);
      expect((await postJson(url, PLAN_PATH, '{}')).status).toBe(200);
      expect(upstream.requests.filter((r) => r.url === TOKEN_PATH)).toHaveLength(1);
    },
  );
});
