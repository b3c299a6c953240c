import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { endpointPath } from '../../../src/lib/contract/index.ts';
import { MAX_BODY_BYTES } from '../../http/read-body.ts';
import { JSON_HEADERS, postJson, send } from '../../testing/http-client.ts';
import { closeAll, startProxy, startSimulator } from '../../testing/servers.ts';

afterEach(closeAll);

const PATH = endpointPath('addQualityTask');
const jsonOfSize = (bytes: number) => `{"qiqtName":"${'x'.repeat(bytes - 15)}"}`;

async function setup() {
  const sim = await startSimulator();
  const proxy = await startProxy({ baseUrl: sim.url });
  return { proxy, received: () => sim.simulator.testHooks.requests.length };
}

describe('proxy: the 1 MiB body limit', () => {
  it('forwards a body of exactly 1 MiB', async () => {
    const { proxy, received } = await setup();
    const body = jsonOfSize(MAX_BODY_BYTES);
    expect(Buffer.byteLength(body)).toBe(MAX_BODY_BYTES);
    const answer = await postJson(proxy.url, PATH, body);
    expect(answer.status).toBe(200);
    expect(answer.json?.resultDesc).toContain('qiqtName must be at most 64 characters');
    expect(received()).toBeGreaterThan(0);
  });

  it('refuses a declared body of 1 MiB + 1 byte with 413, forwarding nothing', async () => {
    const { proxy, received } = await setup();
    const answer = await postJson(proxy.url, PATH, jsonOfSize(MAX_BODY_BYTES + 1));
    expect(answer.status).toBe(413);
    expect(answer.json?.resultCode).toBe('PROXY_BODY_TOO_LARGE');
    expect(received()).toBe(0);
  });

  it('refuses a chunked body while it streams: the 413 arrives before the request ends', async () => {
    const { proxy, received } = await setup();
    const url = new URL(proxy.url);
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request({
        host: url.hostname,
        port: url.port,
        method: 'POST',
        path: PATH,
        headers: { ...JSON_HEADERS, 'Transfer-Encoding': 'chunked' },
        agent: false,
      });
      req.on('error', reject);
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
        req.destroy();
      });
      // 1.5 MiB sent, and the request deliberately never ended.
      req.write(Buffer.alloc(MAX_BODY_BYTES + MAX_BODY_BYTES / 2, 0x20));
    });
    expect(status).toBe(413);
    expect(received()).toBe(0);
  });

  it('keeps serving after refusing', async () => {
    const { proxy } = await setup();
    await postJson(proxy.url, PATH, jsonOfSize(3 * MAX_BODY_BYTES));
    const answer = await send(proxy.url, {
      path: endpointPath('querySentenceCategory'),
      headers: JSON_HEADERS,
      body: '{}',
    });
    expect(answer.status).toBe(200);
  });
});
