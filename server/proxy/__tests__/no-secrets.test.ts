import { afterEach, describe, expect, it } from 'vitest';
import { endpointPath, TOKEN_PATH } from '../../../src/lib/contract/index.ts';
import { JSON_HEADERS, postJson, send, type RawAnswer } from '../../testing/http-client.ts';
import { validPlan } from '../../testing/fixtures.ts';
import {
  TEST_APP_KEY,
  TEST_APP_SECRET,
  answerToken,
  closeAll,
  deadUrl,
  startFakeUpstream,
  startProxy,
  startSimulator,
} from '../../testing/servers.ts';

afterEach(closeAll);

/** Everything the browser can see of an answer: status line, headers, body. */
const visible = (answer: RawAnswer) =>
  `${answer.status} ${JSON.stringify(answer.headers)} ${answer.text}`;

describe('proxy: no secret in any answer, header or log line', () => {
  it('across successes, retries, refusals and every kind of failure', async () => {
    const sim = await startSimulator();
    const good = await startProxy({ baseUrl: sim.url });
    const fakeToken = 'fake-token-SHOULD-NOT-LEAK';
    const slow = await startFakeUpstream((req, res) => {
      if (req.url === TOKEN_PATH) return answerToken(res, fakeToken);
      if (req.url.endsWith('addQualityTask')) {
        res.writeHead(401);
        res.end('{"resultCode":"401"}');
        return;
      }
      setTimeout(() => res.end('{}'), 8000).unref();
    });
    const faulty = await startProxy({ baseUrl: slow.url, timeoutMs: 1500 });
    const rejecting = await startFakeUpstream((_req, res) => {
      res.writeHead(401);
      res.end(`{"echo":"${TEST_APP_SECRET}"}`); // a hostile token service echoing the secret
    });
    const rejected = await startProxy({ baseUrl: rejecting.url });
    const down = await startProxy({ baseUrl: await deadUrl() });

    const answers: RawAnswer[] = [];
    const plan = endpointPath('addQualityTask');
    answers.push(await postJson(good.url, plan, validPlan()));
    answers.push(await postJson(good.url, plan, { qiqtName: '' }));
    sim.simulator.testHooks.expireAllTokens();
    answers.push(await postJson(good.url, endpointPath('querySpeedRules'), { page: 1, limit: 3 }));
    answers.push(await postJson(good.url, plan, '{not json'));
    answers.push(
      await send(good.url, {
        path: '/apigovernance/api/oauth/tokenByAkSk',
        headers: JSON_HEADERS,
        body: '{}',
      }),
    );
    answers.push(await send(good.url, { path: '/apiaccess/x/%2e%2e/y', body: '{}' }));
    answers.push(await send(good.url, { method: 'GET', path: plan }));
    answers.push(await send(good.url, { method: 'GET', path: '/console-api/upstream' }));
    answers.push(await postJson(good.url, plan, 'x'.repeat(2 * 1024 * 1024)));
    answers.push(await postJson(faulty.url, plan, '{}'));
    answers.push(await postJson(faulty.url, endpointPath('querySpeedRules'), '{}'));
    answers.push(await postJson(rejected.url, plan, '{}'));
    answers.push(await postJson(down.url, plan, '{}'));

    expect(answers.map((a) => a.status)).toEqual([
      200, 200, 200, 400, 404, 403, 403, 200, 413, 401, 504, 502, 502,
    ]);

    const secrets = [
      TEST_APP_KEY,
      TEST_APP_SECRET,
      fakeToken,
      ...sim.simulator.testHooks.issuedTokens(),
    ];
    expect(secrets.length).toBeGreaterThanOrEqual(5);
    const logs = [good, faulty, rejected, down].flatMap((p) => p.logs);
    expect(logs.length).toBeGreaterThanOrEqual(answers.length);
    const everything = [...answers.map(visible), ...logs].join('\n');
    for (const secret of secrets) expect(everything).not.toContain(secret);
    // A log line is short and names only method, path, status and duration.
    for (const line of logs) expect(line).toMatch(/^[A-Z?]+ \S+ (\d{3}|aborted) \d+ms$/);
  });

  it('across the faults of the reliability issue, refusals of the request guard included', async () => {
    const token = 'fault-token-MUST-NOT-LEAK';
    const echoAll = (req: { headers: object; body: Buffer }) =>
      `<html><body><pre>${JSON.stringify(req.headers)} ${req.body.toString('utf8')}</pre></body></html>`;
    let tokenCount = 0;
    const faulty = await startFakeUpstream((req, res) => {
      if (req.url === TOKEN_PATH) return answerToken(res, `${token}-${++tokenCount}`);
      const name = req.url.split('/').at(-1);
      if (name === 'addQualityTask') {
        // An error page that quotes the request: the token is in it.
        res.writeHead(502, { 'Content-Type': 'text/html' });
        res.end(echoAll(req));
      } else if (name === 'updateQualityTask') {
        res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '500' });
        res.write(`{"echo":"${String(req.headers.authorization)}`);
        setTimeout(() => res.socket?.destroy(), 10);
      } else if (name === 'beginQualityTask') {
        res.writeHead(401, { 'Content-Type': 'text/html' });
        res.end(echoAll(req));
      } else {
        res.writeHead(500, { 'Content-Type': 'text/plain' });
        res.end(String(req.headers.authorization));
      }
    });
    const proxied = await startProxy({ baseUrl: faulty.url });
    const garbageToken = await startFakeUpstream((req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end(echoAll(req)); // the app secret is in the body it echoes
    });
    const garbage = await startProxy({ baseUrl: garbageToken.url });
    const expiredToken = await startFakeUpstream((_req, res) =>
      answerToken(res, `${token}-expired`, Math.floor(Date.now() / 1000) - 200, 100),
    );
    const expired = await startProxy({ baseUrl: expiredToken.url });

    const call = (proxyUrl: string, name: Parameters<typeof endpointPath>[0], headers = {}) =>
      send(proxyUrl, {
        path: endpointPath(name),
        headers: { ...JSON_HEADERS, ...headers },
        body: '{"regularQualityTaskId":"1"}',
      });
    const answers: RawAnswer[] = [
      await call(proxied.url, 'addQualityTask'),
      await call(proxied.url, 'updateQualityTask'),
      await call(proxied.url, 'beginQualityTask'),
      await call(proxied.url, 'stopQualityTask'),
      await call(proxied.url, 'stopQualityTask', { Origin: 'http://127.0.0.1:1' }),
      await call(proxied.url, 'stopQualityTask', { Host: 'rebind.attacker.example' }),
      await call(proxied.url, 'stopQualityTask', { 'Content-Type': 'text/plain' }),
      await call(garbage.url, 'stopQualityTask'),
      await call(expired.url, 'stopQualityTask'),
    ];
    expect(answers.map((a) => [a.status, a.json?.resultCode])).toEqual([
      [502, 'PROXY_UPSTREAM_NOT_JSON'],
      [502, 'PROXY_UPSTREAM_BROKE_OFF'],
      [401, 'PROXY_UPSTREAM_NOT_JSON'],
      [500, 'PROXY_UPSTREAM_NOT_JSON'],
      [403, 'PROXY_CROSS_SITE_REFUSED'],
      [403, 'PROXY_HOST_REFUSED'],
      [415, 'PROXY_UNSUPPORTED_MEDIA_TYPE'],
      [502, 'PROXY_TOKEN_INVALID'],
      [502, 'PROXY_TOKEN_EXPIRED'],
    ]);
    // The fake upstream did receive the secrets: the test would notice an echo.
    expect(faulty.requests.some((r) => r.headers.authorization?.includes(token))).toBe(true);
    expect(garbageToken.requests[0]?.body.toString('utf8')).toContain(TEST_APP_SECRET);

    const logs = [proxied, garbage, expired].flatMap((p) => p.logs);
    const everything = [...answers.map(visible), ...logs].join('\n');
    for (const secret of [token, TEST_APP_KEY, TEST_APP_SECRET]) {
      expect(everything).not.toContain(secret);
    }
    for (const line of logs) expect(line).toMatch(/^[A-Z?]+ \S+ (\d{3}|aborted) \d+ms$/);
  });
});
