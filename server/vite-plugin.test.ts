import { createServer } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { endpointPath } from '../src/lib/contract/index.ts';
import { postJson, send } from './testing/http-client.ts';
import { validPlan } from './testing/fixtures.ts';
import { closeAll } from './testing/servers.ts';
import { startViteDev, startVitePreview, viteTestConfig } from './testing/vite-servers.ts';

afterEach(closeAll);

describe('ccsqmServer() in Vite', () => {
  it('dev server: embedded simulator behind the real proxy path', async () => {
    const logs: string[] = [];
    const url = await startViteDev({ env: {}, log: (l) => logs.push(l) });

    const info = await send(url, { method: 'GET', path: '/console-api/upstream' });
    expect(info.json).toEqual({ mode: 'simulator', baseUrl: null });

    const added = await postJson(url, endpointPath('addQualityTask'), validPlan());
    expect(added.json?.resultCode).toBe('0408000');
    expect(added.text).toMatch(/"objId":"\d{18,20}"/);
    const broken = await postJson(url, endpointPath('addQualityTask'), {
      ...validPlan(),
      appointQuality: { setCountsType: 2, setCounts: [{ personID: 'a', count: 50 }] },
    });
    expect(broken.json?.resultDesc).toContain('appointQuality.setCounts percentages must add up');

    expect(
      logs.some((l) =>
        l.startsWith('POST /apiaccess/CCSQM/rest/ccisqm/v1/regularqualitytask/addQualityTask 200'),
      ),
    ).toBe(true);
  });

  it('preview server: the same middleware', async () => {
    const url = await startVitePreview({ env: { CCSQM_USER_ID: 'op-7' }, log: () => undefined });
    const answer = await postJson(url, endpointPath('querySentenceCategory'), {});
    expect(answer.json?.resultCode).toBe('0403000');
  });

  it('a bad variable stops the server with a message naming it', async () => {
    await expect(
      createServer(viteTestConfig({ env: { CCSQM_TOKEN_EXPIRE: '0' } })),
    ).rejects.toThrow(/CCSQM_TOKEN_EXPIRE must be at least 1/);
    await expect(
      createServer(viteTestConfig({ env: { CCSQM_BASE_URL: 'https://service.besclouds.com' } })),
    ).rejects.toThrow(/CCSQM_APP_SECRET is required when CCSQM_BASE_URL is set/);
  });

  it('upstream mode reports the origin only', async () => {
    const url = await startViteDev({
      env: {
        CCSQM_BASE_URL: 'https://service.besclouds.com',
        CCSQM_APP_KEY: 'k',
        CCSQM_APP_SECRET: 'plugin-secret-xyz',
        CCSQM_USER_ID: 'u',
      },
      log: () => undefined,
    });
    const info = await send(url, { method: 'GET', path: '/console-api/upstream' });
    expect(info.json).toEqual({ mode: 'upstream', baseUrl: 'https://service.besclouds.com' });
    expect(info.text).not.toContain('plugin-secret-xyz');
  });
});
