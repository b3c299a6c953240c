import autocannon from 'autocannon';
import { endpointPath, JSON_CONTENT_TYPE, TOKEN_PATH } from '../../src/lib/contract/index.ts';
import { validPlanRequest } from '../../src/testing/fixtures/valid-requests';
import { percentiles } from './percentile';
import { freePort, processCpuMs, start, stop, waitForHttp } from './processes';

export interface LoadFigures {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
  /** CPU time per request of the proxy and of the simulator processes, µs (Linux only). */
  proxyCpuUsPerRequest?: number | undefined;
  simulatorCpuUsPerRequest?: number | undefined;
  /** The same for autocannon, which runs in this process. */
  loadGeneratorCpuUsPerRequest?: number | undefined;
}

/** One direct and one proxied run, each for the full duration. */
export interface ProxyRound {
  direct: LoadFigures;
  proxied: LoadFigures;
  /** proxied p50 − direct p50. */
  overheadP50Ms: number;
  /** proxied req/s ÷ direct req/s. */
  throughputShare: number;
}

export interface ProxyFigures {
  /** In the order they ran. */
  rounds: ProxyRound[];
  /** One connection, one request at a time: the proxy's own cost without queueing. */
  directSingle: LoadFigures;
  proxiedSingle: LoadFigures;
}

const PLAN_PATH = endpointPath('addQualityTask');
// Bench-only credentials for a simulator that lives for this run on loopback.
const APP_KEY = 'bench-app-key';
const APP_SECRET = `bench-secret-${process.pid}`;

interface Watched {
  proxyPid: number | undefined;
  simulatorPid: number | undefined;
}

async function load(
  url: string,
  headers: Record<string, string>,
  durationSec: number,
  watched: Watched,
  connections = 50,
): Promise<LoadFigures> {
  const proxyCpuBefore = processCpuMs(watched.proxyPid);
  const simulatorCpuBefore = processCpuMs(watched.simulatorPid);
  const ownCpuBefore = process.cpuUsage();
  // autocannon's histogram keeps whole milliseconds, too coarse for a 2 ms budget: the exact
  // time of each 2xx answer gives the percentiles.
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const run = autocannon(
      {
        url,
        method: 'POST',
        connections,
        duration: durationSec,
        // The type the console's pages send.
        headers: { 'content-type': JSON_CONTENT_TYPE, ...headers },
        body: JSON.stringify(validPlanRequest()),
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    run.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) times.push(responseTime);
    });
  });
  const ownCpu = process.cpuUsage(ownCpuBefore);
  const ownCpuMs = (ownCpu.user + ownCpu.system) / 1000; // process.cpuUsage counts µs
  const perRequestUs = (before: number | undefined, after: number | undefined) =>
    before === undefined || after === undefined || result.requests.total === 0
      ? undefined
      : ((after - before) * 1000) / result.requests.total;
  const latency = percentiles(times);
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: latency(50) ?? result.latency.p50,
    p99Ms: latency(99) ?? result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    proxyCpuUsPerRequest: perRequestUs(proxyCpuBefore, processCpuMs(watched.proxyPid)),
    simulatorCpuUsPerRequest: perRequestUs(simulatorCpuBefore, processCpuMs(watched.simulatorPid)),
    loadGeneratorCpuUsPerRequest: perRequestUs(0, ownCpuMs),
  };
}

/**
 * The simulator as its own process (a real upstream), and `vite preview` proxying to it: the same
 * valid addQualityTask straight to the simulator, then through the proxy, `rounds` times in turn
 * (decision 068: other load on the machine drifts over a minute, and a pair measured side by side
 * shares it).
 */
export async function measureProxy(durationSec: number, rounds: number): Promise<ProxyFigures> {
  const simPort = await freePort();
  const previewPort = await freePort();
  const env = { CCSQM_APP_KEY: APP_KEY, CCSQM_APP_SECRET: APP_SECRET };
  // Node itself, not npx: the pids are then the processes that do the work (CPU per request).
  const simulator = start(process.execPath, ['--import', 'tsx', 'server/simulator/main.ts'], {
    ...env,
    CCSQM_SIMULATOR_PORT: String(simPort),
  });
  const simulatorUrl = `http://127.0.0.1:${simPort}`;
  const preview = start(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--port',
      String(previewPort),
      '--strictPort',
      '--host',
      '127.0.0.1',
    ],
    { ...env, CCSQM_BASE_URL: simulatorUrl, CCSQM_USER_ID: 'bench-user' },
  );
  try {
    await waitForHttp(simulatorUrl, simulator);
    await waitForHttp(`http://127.0.0.1:${previewPort}/`, preview);

    const watched: Watched = { proxyPid: preview.pid, simulatorPid: simulator.pid };
    const tokenAnswer = await fetch(simulatorUrl + TOKEN_PATH, {
      method: 'POST',
      headers: { 'content-type': JSON_CONTENT_TYPE, 'X-Token-Expire': '3600' },
      body: JSON.stringify({ app_key: APP_KEY, app_secret: APP_SECRET }),
    });
    const { AccessToken } = (await tokenAnswer.json()) as { AccessToken: string };

    const directHeaders = {
      authorization: `Bearer ${AccessToken}`,
      'x-app-key': APP_KEY,
      'x-UserId': 'bench-user',
    };
    const directUrl = simulatorUrl + PLAN_PATH;
    const proxiedUrl = `http://127.0.0.1:${previewPort}${PLAN_PATH}`;

    // Warm both paths (JIT, the proxy's token) so the runs compare steady states.
    await load(directUrl, directHeaders, 1, watched);
    await load(proxiedUrl, {}, 1, watched);

    const runDirect = () => load(directUrl, directHeaders, durationSec, watched);
    const runProxied = () => load(proxiedUrl, {}, durationSec, watched);
    const measured: ProxyRound[] = [];
    for (let round = 0; round < rounds; round++) {
      // Every call adds a plan to the simulator, which grows by about 50 MB a run: the order
      // alternates, so neither path always meets the bigger simulator.
      let direct: LoadFigures;
      let proxied: LoadFigures;
      if (round % 2 === 0) {
        direct = await runDirect();
        proxied = await runProxied();
      } else {
        proxied = await runProxied();
        direct = await runDirect();
      }
      measured.push({
        direct,
        proxied,
        overheadP50Ms: proxied.p50Ms - direct.p50Ms,
        throughputShare: proxied.requestsPerSecond / direct.requestsPerSecond,
      });
    }
    const directSingle = await load(directUrl, directHeaders, 3, watched, 1);
    const proxiedSingle = await load(proxiedUrl, {}, 3, watched, 1);
    return { rounds: measured, directSingle, proxiedSingle };
  } finally {
    await Promise.all([stop(preview), stop(simulator)]);
  }
}

/**
 * The round with the median p50 overhead (the lower middle one for an even count): the one the
 * table shows.
 */
export function medianRound(rounds: readonly ProxyRound[]): ProxyRound {
  const sorted = [...rounds].sort((a, b) => a.overheadP50Ms - b.overheadP50Ms);
  const middle = sorted[Math.floor((sorted.length - 1) / 2)];
  if (middle === undefined) throw new Error('measureProxy needs at least one round');
  return middle;
}
