import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ENDPOINTS,
  TOKEN_PATH,
  endpointPath,
  type EndpointName,
} from '../../../src/lib/contract/index.ts';
import { JSON_HEADERS, postJson, send } from '../../testing/http-client.ts';
import { validPlan } from '../../testing/fixtures.ts';
import {
  TEST_APP_KEY,
  TEST_APP_SECRET,
  closeAll,
  simulatorClient,
  startSimulator,
} from '../../testing/servers.ts';

afterEach(closeAll);

const credentials = { app_key: TEST_APP_KEY, app_secret: TEST_APP_SECRET };
const QUERY_PLANS = endpointPath('queryQualityTask');

describe('simulator: tokenByAkSk', () => {
  it('issues a Bearer token with CreateTime and Expires as strings (default 600 s)', async () => {
    const now = Date.UTC(2031, 5, 1, 12);
    const { url } = await startSimulator({ now: () => now });
    const answer = await postJson(url, TOKEN_PATH, credentials);
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({
      ApplyType: 'Bearer',
      CreateTime: String(now / 1000),
      Expires: '600',
      AppKey: TEST_APP_KEY,
      UserID: 'Anonymous',
    });
    expect(answer.json?.AccessToken).toMatch(/^\S{20,}$/);
  });

  it('honours X-Token-Expire from 1 to 3600 and refuses other values', async () => {
    const { url } = await startSimulator();
    const asked = await postJson(url, TOKEN_PATH, credentials, { 'X-Token-Expire': '3600' });
    expect(asked.json?.Expires).toBe('3600');
    for (const bad of ['0', '3601', 'ten', '-5']) {
      const answer = await postJson(url, TOKEN_PATH, credentials, { 'X-Token-Expire': bad });
      expect(answer.status).toBe(400);
      expect(answer.json?.resultDesc).toContain('X-Token-Expire');
    }
  });

  it('answers 401 JSON for wrong credentials and 400 naming a missing field', async () => {
    const { url } = await startSimulator();
    const wrong = await postJson(url, TOKEN_PATH, { ...credentials, app_secret: 'guess' });
    expect(wrong.status).toBe(401);
    expect(wrong.json?.resultCode).toBe('UNAUTHORIZED');
    expect(wrong.text).not.toContain(TEST_APP_SECRET);
    const missing = await postJson(url, TOKEN_PATH, { app_key: TEST_APP_KEY });
    expect(missing.status).toBe(400);
    expect(missing.json?.resultDesc).toBe('app_secret is required');
  });
});

describe('simulator: API calls need a valid token', () => {
  it('refuses a call without a token, with a foreign token, and after the token expires', async () => {
    let now = Date.now();
    const { url } = await startSimulator({ now: () => now });
    const body = { page: 1, rows: 5 };
    expect((await postJson(url, QUERY_PLANS, body)).status).toBe(401);
    expect(
      (await postJson(url, QUERY_PLANS, body, { Authorization: 'Bearer made-up' })).status,
    ).toBe(401);

    const api = await simulatorClient(url);
    expect((await api.call('queryQualityTask', body)).status).toBe(200);
    now += 601_000;
    const expired = await api.call('queryQualityTask', body);
    expect(expired.status).toBe(401);
    expect(expired.json?.resultCode).toBe('UNAUTHORIZED');
  });

  it('has a test hook that expires every token at once', async () => {
    const { url, simulator } = await startSimulator();
    const api = await simulatorClient(url);
    simulator.testHooks.expireAllTokens();
    expect((await api.call('queryQualityTask', { page: 1, rows: 5 })).status).toBe(401);
  });
});

describe('simulator: transport failures are JSON and never crash it', () => {
  it('405 for a wrong method, 404 for an unknown path', async () => {
    const { url } = await startSimulator();
    const get = await send(url, { method: 'GET', path: QUERY_PLANS });
    expect(get.status).toBe(405);
    expect(get.headers.allow).toBe('POST');
    expect(get.json?.resultCode).toBe('METHOD_NOT_ALLOWED');
    const unknown = await send(url, { path: '/apiaccess/CCSQM/rest/ccisqm/v1/speedrule/nope' });
    expect(unknown.status).toBe(404);
    expect(unknown.json?.resultCode).toBe('NOT_FOUND');
  });

  it('415 for a body that is not declared JSON', async () => {
    const { url } = await startSimulator();
    const api = await simulatorClient(url);
    for (const type of ['text/plain', 'application/json; charset=latin1']) {
      const answer = await api.raw('queryQualityTask', '{"page":1,"rows":1}', {
        'Content-Type': type,
      });
      expect(answer.status).toBe(415);
      expect(answer.json?.resultCode).toBe('UNSUPPORTED_MEDIA_TYPE');
    }
  });

  it('413 for a body over 1 MiB, declared or streamed', async () => {
    const { url } = await startSimulator();
    const api = await simulatorClient(url);
    const big = `{"qiqtName":"${'x'.repeat(1024 * 1024)}"}`;
    const declared = await api.raw('addQualityTask', big);
    expect(declared.status).toBe(413);
    expect(declared.json?.resultCode).toBe('PAYLOAD_TOO_LARGE');
    const streamed = await send(url, {
      path: endpointPath('addQualityTask'),
      headers: {
        ...JSON_HEADERS,
        Authorization: `Bearer ${api.token}`,
        'Transfer-Encoding': 'chunked',
      },
      body: big,
    });
    expect(streamed.status).toBe(413);
  });

  it('400 naming the problem for malformed JSON', async () => {
    const { url } = await startSimulator();
    const api = await simulatorClient(url);
    const answer = await api.raw('addQualityTask', '{"qiqtName": "x",');
    expect(answer.status).toBe(400);
    expect(answer.json?.resultCode).toBe('0408001');
    expect(answer.json?.resultDesc).toMatch(/^request body is not valid JSON/);
  });

  it('a JSON value that is not an object is a business failure, not a crash', async () => {
    const { url } = await startSimulator();
    const api = await simulatorClient(url);
    for (const body of ['[]', '"text"', '42', 'null']) {
      const answer = await api.raw('addSpeedRule', body);
      expect(answer.status).toBe(200);
      expect(answer.json).toEqual({
        resultCode: '0405001',
        resultDesc: 'request body must be a JSON object',
      });
    }
  });

  it('answers every junk body on every endpoint without a 5xx, and keeps serving', async () => {
    const { url } = await startSimulator();
    const api = await simulatorClient(url);
    const names = Object.keys(ENDPOINTS) as EndpointName[];
    const junk = fc.oneof(
      fc.string(),
      fc.json(),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.constantFrom(
        '{',
        '{"a":}',
        '\u0000',
        '{"qiqtName":1e400}',
        '{"__proto__":{"x":1}}',
        '[[[[[[[[[[]]]]]]]]]]',
      ),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...names), junk, async (name, body) => {
        const answer = await api.raw(name, body);
        expect(answer.status).toBeLessThan(500);
        expect(answer.json?.resultCode).toEqual(expect.any(String));
      }),
      { numRuns: 150 },
    );
    // Deep nesting and odd shapes where objects are expected.
    const nested = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    expect((await api.raw('addQualityTask', `{"appointQuality":${nested}}`)).status).toBe(200);
    expect((await api.call('addQualityTask', validPlan())).json?.resultCode).toBe('0408000');
  });
});
