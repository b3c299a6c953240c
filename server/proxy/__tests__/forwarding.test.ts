import { afterEach, describe, expect, it } from 'vitest';
import { endpointPath, TOKEN_PATH, type EndpointName } from '../../../src/lib/contract/index.ts';
import { postJson, send } from '../../testing/http-client.ts';
import { validPlan } from '../../testing/fixtures.ts';
import {
  TEST_APP_KEY,
  closeAll,
  simulatorClient,
  startProxy,
  startSimulator,
  type RunningSimulator,
} from '../../testing/servers.ts';
import { SEED_BIG_PLAN_ID } from '../../simulator/index.ts';

afterEach(closeAll);

const call = (
  proxyUrl: string,
  name: EndpointName,
  body: unknown,
  headers: Record<string, string> = {},
) => postJson(proxyUrl, endpointPath(name), body, headers);

const apiRequests = (sim: RunningSimulator) =>
  sim.simulator.testHooks.requests.filter((r) => r.url.startsWith('/apiaccess/'));
const tokenRequests = (sim: RunningSimulator) =>
  sim.simulator.testHooks.requests.filter((r) => r.url === TOKEN_PATH);

describe('proxy: headers', () => {
  it('sets its own credentials headers and drops what the browser sent', async () => {
    const sim = await startSimulator();
    const { url } = await startProxy({ baseUrl: sim.url });
    const answer = await call(
      url,
      'queryQualityTask',
      { page: 1, rows: 5 },
      {
        Authorization: 'Bearer browser-made-this-up',
        'X-App-Key': 'browser-key',
        'X-USERID': 'browser-user',
        'x-tenantspaceid': 'browser-tenant',
        Cookie: 'session=abc',
        'X-Forwarded-For': '10.0.0.1',
        // The body's type is checked (decision 050), then written fresh upstream like the rest.
        'Content-Type': 'APPLICATION/JSON;charset="utf-8"',
      },
    );
    expect(answer.status).toBe(200);

    const [forwarded] = apiRequests(sim);
    const token = sim.simulator.testHooks.issuedTokens()[0];
    expect(forwarded?.headers).toMatchObject({
      authorization: `Bearer ${token}`,
      'x-app-key': TEST_APP_KEY,
      'x-userid': 'operator-42',
      'x-tenantspaceid': 'tenant-9',
      'content-type': 'application/json; charset=UTF-8',
    });
    expect(forwarded?.headers.cookie).toBeUndefined();
    expect(forwarded?.headers['x-forwarded-for']).toBeUndefined();
    expect(JSON.stringify(forwarded?.headers)).not.toMatch(/browser/);
    expect(tokenRequests(sim)[0]?.headers['x-token-expire']).toBe('600');
  });

  it('sends no x-TenantSpaceId when none is configured, and the configured token lifetime', async () => {
    const sim = await startSimulator();
    const { url } = await startProxy({
      baseUrl: sim.url,
      tenantSpaceId: undefined,
      tokenExpireSeconds: 1200,
    });
    expect((await call(url, 'querySentenceCategory', {})).status).toBe(200);
    expect(apiRequests(sim)[0]?.headers['x-tenantspaceid']).toBeUndefined();
    expect(tokenRequests(sim)[0]?.headers['x-token-expire']).toBe('1200');
  });
});

describe('proxy: tokens', () => {
  it('one token request serves many concurrent calls', async () => {
    const sim = await startSimulator();
    const { url, proxy } = await startProxy({ baseUrl: sim.url });
    const answers = await Promise.all(
      Array.from({ length: 25 }, () => call(url, 'querySpeedRules', { page: 1, limit: 5 })),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(25).fill(200));
    expect(sim.simulator.testHooks.tokenRequests).toBe(1);
    expect(proxy.tokens.requestCount).toBe(1);
  });

  it('reuses the token until shortly before it expires, then renews it', async () => {
    let now = Date.UTC(2031, 0, 1);
    const clock = () => now;
    const sim = await startSimulator({ now: clock });
    const { url } = await startProxy({ baseUrl: sim.url, now: clock, tokenExpireSeconds: 600 });
    const ask = () => call(url, 'querySentenceCategory', {});

    expect((await ask()).status).toBe(200);
    now += 530_000; // 70 s before expiry: still outside the 60 s margin
    expect((await ask()).status).toBe(200);
    expect(sim.simulator.testHooks.tokenRequests).toBe(1);

    now += 11_000; // 59 s before expiry: inside the margin
    expect((await ask()).status).toBe(200);
    expect(sim.simulator.testHooks.tokenRequests).toBe(2);
    expect((await ask()).status).toBe(200);
    expect(sim.simulator.testHooks.tokenRequests).toBe(2);
  });

  it('after a 401 gets one new token and retries the call once', async () => {
    const sim = await startSimulator();
    const { url } = await startProxy({ baseUrl: sim.url });
    expect((await call(url, 'querySentenceCategory', {})).status).toBe(200);
    sim.simulator.testHooks.expireAllTokens();

    const answer = await call(url, 'querySentenceCategory', {});
    expect(answer.status).toBe(200);
    expect(answer.json?.resultCode).toBe('0403000');
    expect(sim.simulator.testHooks.tokenRequests).toBe(2);
    expect(apiRequests(sim)).toHaveLength(3); // ok, 401, retried ok
  });
});

describe('proxy: answers pass through byte for byte', () => {
  it('gives the browser exactly the bytes the simulator writes, big ids included', async () => {
    const fixed = Date.UTC(2031, 2, 3, 4, 5, 6);
    const sim = await startSimulator({ now: () => fixed });
    const { url } = await startProxy({ baseUrl: sim.url, now: () => fixed });
    const body = { page: 1, rows: 10 };
    const viaProxy = await call(url, 'queryQualityTask', body);
    const direct = await (await simulatorClient(sim.url)).call('queryQualityTask', body);
    expect(viaProxy.body.equals(direct.body)).toBe(true);
    expect(viaProxy.headers['content-type']).toBe(direct.headers['content-type']);
    expect(viaProxy.text).toContain(`"qiqtId":"${SEED_BIG_PLAN_ID}"`);
  });

  it('forwards a 20-digit id written as a bare JSON number untouched', async () => {
    const sim = await startSimulator();
    const { url } = await startProxy({ baseUrl: sim.url });
    const stop = await call(url, 'stopQualityTask', `{"regularQualityTaskId":${SEED_BIG_PLAN_ID}}`);
    expect(stop.json?.resultCode).toBe('0408000');
    const plan = sim.simulator.state.plans.find((p) => p.id === SEED_BIG_PLAN_ID);
    expect(plan?.status).toBe(1);
  });

  it('adds a plan through the proxy and hands back a string objId', async () => {
    const sim = await startSimulator();
    const { url } = await startProxy({ baseUrl: sim.url });
    const answer = await call(url, 'addQualityTask', validPlan());
    expect(answer.text).toMatch(
      /^\{"objId":"\d{18,20}","resultCode":"0408000","resultDesc":"success"\}$/,
    );
    const broken = await call(url, 'addQualityTask', { ...validPlan(), qiqtName: '' });
    expect(broken.json?.resultCode).toBe('0408001');
    expect(broken.json?.resultDesc).toMatch(/^qiqtName is required/);
  });
});

describe('proxy: /console-api/upstream', () => {
  it('names the mode and the upstream origin, nothing else', async () => {
    const sim = await startSimulator();
    const { url } = await startProxy({
      baseUrl: sim.url,
      info: { mode: 'upstream', baseUrl: 'https://service.besclouds.com' },
    });
    const answer = await send(url, { method: 'GET', path: '/console-api/upstream' });
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({ mode: 'upstream', baseUrl: 'https://service.besclouds.com' });
    expect(answer.headers['cache-control']).toBe('no-store');

    const post = await send(url, { method: 'POST', path: '/console-api/upstream' });
    expect(post.status).toBe(403);
    const other = await send(url, { method: 'GET', path: '/console-api/secrets' });
    expect(other.status).toBe(404);
    expect(other.json?.resultCode).toBe('CONSOLE_API_NOT_FOUND');
  });
});
