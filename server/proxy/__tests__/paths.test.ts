import { afterEach, describe, expect, it } from 'vitest';
import { endpointPath } from '../../../src/lib/contract/index.ts';
import { JSON_HEADERS, send } from '../../testing/http-client.ts';
import { closeAll, startProxy, startSimulator } from '../../testing/servers.ts';

afterEach(closeAll);

const PREFIX = '/apiaccess/CCSQM/rest/ccisqm/v1';

async function setup() {
  const sim = await startSimulator();
  const proxy = await startProxy({ baseUrl: sim.url });
  const received = () => sim.simulator.testHooks.requests.length;
  return { sim, proxy, received };
}

describe('proxy: only listed calls are forwarded', () => {
  const refused: Array<[string, number]> = [
    [`${PREFIX}/speedrule/nope`, 404],
    [`${PREFIX}/speedrule/updateSpeedRule/`, 404],
    [`${PREFIX}/SPEEDRULE/updateSpeedRule`, 404],
    [`${PREFIX}/speedrule/updateSpeedRule/extra`, 404],
    ['/apiaccess/CCSQM/rest/ccisqm/v2/speedrule/updateSpeedRule', 404],
    ['/apiaccess/other/thing', 404],
    ['/apigovernance/api/oauth/tokenByAkSk', 404],
    ['/APIACCESS/CCSQM/rest/ccisqm/v1/speedrule/updateSpeedRule', 404],
    // disguised paths
    [`${PREFIX}/speedrule/../regularqualitytask/addQualityTask`, 403],
    [`${PREFIX}/speedrule/%2e%2e/regularqualitytask/addQualityTask`, 403],
    [`${PREFIX}/speedrule/%2E%2E/%2E%2E/x`, 403],
    [`${PREFIX}/speedrule%2fupdateSpeedRule`, 403],
    [`${PREFIX}/speedrule%2FupdateSpeedRule`, 403],
    [`${PREFIX}/speedrule/updateSpeedRul%65`, 403],
    [`${PREFIX}//speedrule/updateSpeedRule`, 403],
    [`/${PREFIX}/speedrule/updateSpeedRule`, 403],
    [`${PREFIX}/./speedrule/updateSpeedRule`, 403],
    [`${PREFIX}/speedrule\\updateSpeedRule`, 403],
    ['/assets/../apiaccess/CCSQM/rest/ccisqm/v1/speedrule/updateSpeedRule', 403],
    ['/assets/%2e%2e/apigovernance/api/oauth/tokenByAkSk', 403],
    ['/%61piaccess/CCSQM/rest/ccisqm/v1/speedrule/updateSpeedRule', 403],
    ['/apiaccess%2fCCSQM', 403],
    ['/console-api/../apiaccess/x', 403],
  ];

  it.each(refused)('%s is refused with %i and never reaches the upstream', async (path, status) => {
    const { proxy, received } = await setup();
    const answer = await send(proxy.url, { path, headers: JSON_HEADERS, body: '{}' });
    expect(answer.status).toBe(status);
    expect(answer.json?.resultCode).toBe(
      status === 403 ? 'PROXY_PATH_REFUSED' : 'PROXY_UNKNOWN_CALL',
    );
    expect(received()).toBe(0);
    expect(proxy.handedOn()).toBe(0);
  });

  it.each(['GET', 'PUT', 'DELETE', 'PATCH'])(
    '%s on a listed call is refused with 403 (and Allow: POST)',
    async (method) => {
      const { proxy, received } = await setup();
      const answer = await send(proxy.url, { method, path: endpointPath('addQualityTask') });
      expect(answer.status).toBe(403);
      expect(answer.headers.allow).toBe('POST');
      expect(answer.json?.resultCode).toBe('PROXY_METHOD_NOT_ALLOWED');
      expect(received()).toBe(0);
    },
  );

  it('drops the query string: the forwarded path comes from the registry', async () => {
    const { sim, proxy } = await setup();
    const answer = await send(proxy.url, {
      path: `${endpointPath('querySentenceCategory')}?target=http://evil.example/&x=1`,
      headers: JSON_HEADERS,
      body: '{}',
    });
    expect(answer.status).toBe(200);
    const urls = sim.simulator.testHooks.requests.map((r) => r.url);
    expect(urls).toContain(endpointPath('querySentenceCategory'));
    expect(urls.some((u) => u.includes('?'))).toBe(false);
  });

  it.each([
    '/',
    '/index.html',
    '/src/main.tsx',
    '/apiaccessory',
    '/@vite/client',
    '/assets/app.js?apiaccess',
  ])('%s is not the proxy’s business: handed on to Vite', async (path) => {
    const { proxy, received } = await setup();
    const answer = await send(proxy.url, { method: 'GET', path });
    expect(answer.text).toBe('next');
    expect(proxy.handedOn()).toBe(1);
    expect(received()).toBe(0);
  });
});
