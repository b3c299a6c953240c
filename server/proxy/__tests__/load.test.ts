import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { percentiles } from '../../../scripts/bench/percentile.ts';
import { endpointPath, TOKEN_PATH } from '../../../src/lib/contract/index.ts';
import { JSON_HEADERS } from '../../testing/http-client.ts';
import { validPlan } from '../../testing/fixtures.ts';
import { startProxyProcess, type ProxyProcess } from '../../testing/proxy-process.ts';
import { startSimulatorProcess, type SimulatorProcess } from '../../testing/simulator-process.ts';
import { TEST_APP_KEY, TEST_APP_SECRET } from '../../testing/servers.ts';

/**
 * A bounded load run on loopback: 10,000 addQualityTask calls, 100 at a time, from this process
 * through the console server (its own process, upstream mode) to the simulator (a third process).
 * Every call must succeed, all of them on one token, and the console server's resident memory
 * must not grow by 50 MB or more over the run. Growth is counted from after 1,000 warm-up calls
 * (same token, same pattern), which size V8's heap and the connection pools once: what is left is
 * what the calls keep. The output also prints RSS at the cold start. Memory is read after a full
 * garbage collection in the console server's process.
 */

const TOTAL = 10_000;
const CONCURRENCY = 100;
const WARM_UP = 1_000;
const MAX_RSS_GROWTH_MB = 50;

let simulator: SimulatorProcess | undefined;
let proxy: ProxyProcess | undefined;
afterEach(async () => {
  await proxy?.stop();
  await simulator?.stop();
  proxy = undefined;
  simulator = undefined;
});

interface Outcome {
  status: number;
  text: string;
  ms: number;
}

function post(agent: http.Agent, url: URL, body: string): Promise<Outcome> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.request({
      host: url.hostname,
      port: url.port,
      path: endpointPath('addQualityTask'),
      method: 'POST',
      agent,
      headers: { ...JSON_HEADERS, 'Content-Length': String(Buffer.byteLength(body)) },
    });
    req.on('error', reject);
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('error', reject);
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, text, ms: performance.now() - started }),
      );
    });
    req.end(body);
  });
}

const mb = (bytes: number) => bytes / (1024 * 1024);

interface RunResult {
  seconds: number;
  latencies: number[];
  errors: string[];
  ids: Set<string>;
}

/** `total` calls, `CONCURRENCY` at a time; every answer must be a success with a new plan id. */
async function run(target: URL, body: string, total: number): Promise<RunResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const result: RunResult = { seconds: 0, latencies: [], errors: [], ids: new Set() };
  const started = performance.now();
  let sent = 0;
  const worker = async () => {
    while (sent < total) {
      sent++;
      try {
        const outcome = await post(agent, target, body);
        result.latencies.push(outcome.ms);
        const answer = JSON.parse(outcome.text) as { resultCode?: unknown; objId?: unknown };
        if (outcome.status === 200 && answer.resultCode === '0408000') {
          result.ids.add(String(answer.objId));
        } else {
          result.errors.push(`${outcome.status} ${outcome.text.slice(0, 200)}`);
        }
      } catch (error) {
        result.errors.push(error instanceof Error ? `${error.name}: ${error.message}` : 'error');
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  result.seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return result;
}

describe('proxy under load', () => {
  it(
    `${TOTAL} addQualityTask calls, ${CONCURRENCY} at once: no error, one token, bounded memory`,
    { timeout: 60_000 },
    async () => {
      simulator = await startSimulatorProcess({ appKey: TEST_APP_KEY, appSecret: TEST_APP_SECRET });
      proxy = await startProxyProcess({
        baseUrl: simulator.url,
        appKey: TEST_APP_KEY,
        appSecret: TEST_APP_SECRET,
      });
      const target = new URL(proxy.url);
      const body = JSON.stringify(validPlan({ qiqtName: 'Load run plan' }));

      // The first calls size V8's heap and the connection pools once; growth is measured after.
      const rssAtStart = (await proxy.memory()).rss;
      const warmUp = await run(target, body, WARM_UP);
      const rssBefore = (await proxy.memory()).rss;
      const main = await run(target, body, TOTAL);
      const rssAfter = (await proxy.memory()).rss;

      const at = percentiles(main.latencies);
      const latency = (p: number) => (at(p) ?? NaN).toFixed(1);
      const tokenRequests = simulator.lines().filter((l) => l.includes(TOKEN_PATH)).length;
      const growth = mb(rssAfter - rssBefore);
      console.log(
        [
          `load: ${main.latencies.length} addQualityTask calls, ${CONCURRENCY} at once, in ${main.seconds.toFixed(1)} s (${Math.round(main.latencies.length / main.seconds)} calls/s), after ${WARM_UP} warm-up calls`,
          `load: errors ${main.errors.length + warmUp.errors.length}, distinct plan ids ${main.ids.size}, token requests in total ${tokenRequests}`,
          `load: latency ms p50 ${latency(50)}, p99 ${latency(99)}, max ${latency(100)}`,
          `load: console server RSS ${mb(rssAtStart).toFixed(1)} MB at start, ${mb(rssBefore).toFixed(1)} MB after the warm-up, ${mb(rssAfter).toFixed(1)} MB after the run: growth ${growth.toFixed(1)} MB (limit ${MAX_RSS_GROWTH_MB})`,
        ].join('\n'),
      );

      expect([...warmUp.errors, ...main.errors].slice(0, 5)).toEqual([]);
      expect(main.latencies).toHaveLength(TOTAL);
      expect(main.ids.size).toBe(TOTAL);
      expect(tokenRequests).toBe(1);
      expect(growth).toBeLessThan(MAX_RSS_GROWTH_MB);
      // One access-log line per call, none with a secret.
      const calls = proxy.lines().filter((line) => line.startsWith('POST /apiaccess/'));
      expect(calls).toHaveLength(WARM_UP + TOTAL);
      expect(proxy.lines().join('\n')).not.toMatch(
        new RegExp(`${TEST_APP_SECRET}|${TEST_APP_KEY}`),
      );
    },
  );
});
