import autocannon from 'autocannon';
import { validPlanRequest } from '../../src/testing/fixtures/valid-requests';
import { freePort, start, stop, waitForHttp } from './processes';

export interface LoadFigures {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
}

export interface ProxyFigures {
  direct: LoadFigures;
  proxied: LoadFigures;
  /** One connection, one request at a time: the proxy's own cost without queueing. */
  directSingle: LoadFigures;
  proxiedSingle: LoadFigures;
}

const PLAN_PATH = '/apiaccess/CCSQM/rest/ccisqm/v1/regularqualitytask/addQualityTask';
const TOKEN_PATH = '/apigovernance/api/oauth/tokenByAkSk';
// Bench-only credentials for a simulator that lives for this run on loopback.
const APP_KEY = 'bench-app-key';
const APP_SECRET = `bench-secret-${process.pid}`;

async function load(
  url: string,
  headers: Record<string, string>,
  durationSec: number,
  connections = 50,
): Promise<LoadFigures> {
  const result = await autocannon({
    url,
    method: 'POST',
    connections,
    duration: durationSec,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(validPlanRequest()),
  });
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

/**
 * The simulator as its own process (a real upstream), and `vite preview` proxying to it: the same
 * valid addQualityTask straight to the simulator, then through the proxy.
 */
export async function measureProxy(durationSec = 10): Promise<ProxyFigures> {
  const simPort = await freePort();
  const previewPort = await freePort();
  const env = { CCSQM_APP_KEY: APP_KEY, CCSQM_APP_SECRET: APP_SECRET };
  const simulator = start('npx', ['tsx', 'server/simulator/main.ts'], {
    ...env,
    CCSQM_SIMULATOR_PORT: String(simPort),
  });
  const simulatorUrl = `http://127.0.0.1:${simPort}`;
  const preview = start(
    'npx',
    ['vite', 'preview', '--port', String(previewPort), '--strictPort', '--host', '127.0.0.1'],
    { ...env, CCSQM_BASE_URL: simulatorUrl, CCSQM_USER_ID: 'bench-user' },
  );
  try {
    await waitForHttp(simulatorUrl, simulator);
    await waitForHttp(`http://127.0.0.1:${previewPort}/`, preview);

    const tokenAnswer = await fetch(simulatorUrl + TOKEN_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'X-Token-Expire': '3600' },
      body: JSON.stringify({ app_key: APP_KEY, app_secret: APP_SECRET }),
    });
    const { AccessToken } = (await tokenAnswer.json()) as { AccessToken: string };

    // Warm both paths (JIT, the proxy's token) so the runs compare steady states.
    await load(
      simulatorUrl + PLAN_PATH,
      { authorization: `Bearer ${AccessToken}`, 'x-UserId': 'bench-user' },
      1,
    );
    await load(`http://127.0.0.1:${previewPort}${PLAN_PATH}`, {}, 1);

    const direct = await load(
      simulatorUrl + PLAN_PATH,
      { authorization: `Bearer ${AccessToken}`, 'x-app-key': APP_KEY, 'x-UserId': 'bench-user' },
      durationSec,
    );
    const proxied = await load(`http://127.0.0.1:${previewPort}${PLAN_PATH}`, {}, durationSec);
    const directSingle = await load(
      simulatorUrl + PLAN_PATH,
      { authorization: `Bearer ${AccessToken}`, 'x-app-key': APP_KEY, 'x-UserId': 'bench-user' },
      3,
      1,
    );
    const proxiedSingle = await load(`http://127.0.0.1:${previewPort}${PLAN_PATH}`, {}, 3, 1);
    return { direct, proxied, directSingle, proxiedSingle };
  } finally {
    await Promise.all([stop(preview), stop(simulator)]);
  }
}
