import { mkdirSync, writeFileSync } from 'node:fs';
import { measureBundles, type RouteBundle } from './bundle';
import { measureProxy, medianRound, type ProxyFigures, type ProxyRound } from './proxy';
import { measureStartup, type StartupFigures } from './startup';
import { kb, ms, renderTable } from './table';
import { measureTyping, type TypingFigures } from './typing';

/**
 * `npm run bench`: real measurements of this checkout, printed as one table with the budgets,
 * and written to bench/results.json. Not a test: nothing here asserts, and `npm test` never runs it.
 */

const BUDGET = {
  firstRouteJsGzip: 150 * 1024,
  firstRouteCssGzip: 25 * 1024,
  wizardJsGzip: 250 * 1024,
  typingP95Ms: 16,
  proxyOverheadP50Ms: 2,
  proxyThroughputShare: 0.5,
};

// The issue's runs: 10 s each; three rounds give a median (decision 068).
const PROXY_RUN_SECONDS = 10;
const PROXY_ROUNDS = 3;

const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');

async function main() {
  const startedAt = new Date().toISOString();
  console.log('bench: building and timing start-up…');
  const startup: StartupFigures = await measureStartup();

  console.log('bench: measuring bundles…');
  const bundles = measureBundles('dist');

  console.log('bench: typing in the wizard (Chromium)…');
  const typing: TypingFigures = await measureTyping();

  console.log(
    `bench: load through the proxy (autocannon, ${PROXY_ROUNDS} rounds of 2 × ${PROXY_RUN_SECONDS} s)…`,
  );
  const proxy: ProxyFigures = await measureProxy(PROXY_RUN_SECONDS, PROXY_ROUNDS);

  const rows: string[][] = [];
  const firstRoute = bundles.routes[0] as RouteBundle;
  for (const route of bundles.routes) {
    const isFirst = route === firstRoute;
    const isWizard = route.route === '/plans/new';
    rows.push([
      `bundle ${route.route} JS`,
      `${kb(route.js.gzip)} gzip (${kb(route.js.raw)} raw)`,
      isFirst ? `≤ ${kb(BUDGET.firstRouteJsGzip)}` : isWizard ? `≤ ${kb(BUDGET.wizardJsGzip)}` : '',
      isFirst
        ? verdict(route.js.gzip <= BUDGET.firstRouteJsGzip)
        : isWizard
          ? verdict(route.js.gzip <= BUDGET.wizardJsGzip)
          : '',
    ]);
    rows.push([
      `bundle ${route.route} CSS`,
      `${kb(route.css.gzip)} gzip (${kb(route.css.raw)} raw)`,
      isFirst ? `≤ ${kb(BUDGET.firstRouteCssGzip)}` : '',
      isFirst ? verdict(route.css.gzip <= BUDGET.firstRouteCssGzip) : '',
    ]);
  }
  rows.push([
    'bundle whole app JS',
    `${kb(bundles.total.js.gzip)} gzip (${kb(bundles.total.js.raw)} raw)`,
    '',
    '',
  ]);
  rows.push([
    'bundle whole app CSS',
    `${kb(bundles.total.css.gzip)} gzip (${kb(bundles.total.css.raw)} raw)`,
    '',
    '',
  ]);

  rows.push([
    `typing p50 / p95 (${typing.keystrokes} keys, ${typing.rows} rows)`,
    `${ms(typing.p50Ms)} / ${ms(typing.p95Ms)}`,
    `p95 ≤ ${ms(BUDGET.typingP95Ms)}`,
    verdict(typing.p95Ms <= BUDGET.typingP95Ms),
  ]);
  rows.push([
    'typing React commits per key',
    `${typing.commitsPerKey.toFixed(2)}; rendered: ${typing.renderedComponents.join(', ')}`,
    'edited row, total, preview',
    verdict(typing.onlyExpectedRendered),
  ]);

  const median = medianRound(proxy.rounds);
  const overhead = median.overheadP50Ms;
  const share = median.throughputShare;
  const allRounds = (figure: (round: ProxyRound) => string) =>
    `rounds: ${proxy.rounds.map(figure).join(', ')}`;
  for (const [name, figures] of [
    ['direct to simulator', median.direct],
    ['through the proxy', median.proxied],
  ] as const) {
    rows.push([
      `load ${name}`,
      `${figures.requestsPerSecond.toFixed(0)} req/s, p50 ${ms(figures.p50Ms)}, p99 ${ms(figures.p99Ms)}, errors ${figures.errors + figures.non2xx}`,
      '',
      '',
    ]);
  }
  const cpu = (us: number | undefined) => (us === undefined ? 'n/a' : `${us.toFixed(0)} µs`);
  rows.push([
    'CPU per request (proxy / simulator / autocannon)',
    `proxied run: ${cpu(median.proxied.proxyCpuUsPerRequest)} / ${cpu(median.proxied.simulatorCpuUsPerRequest)} / ${cpu(median.proxied.loadGeneratorCpuUsPerRequest)}; direct run: simulator ${cpu(median.direct.simulatorCpuUsPerRequest)}`,
    '',
    '',
  ]);
  rows.push([
    `proxy overhead p50 (50 connections, median of ${proxy.rounds.length} rounds)`,
    `${ms(overhead)} (${allRounds((round) => round.overheadP50Ms.toFixed(2))})`,
    `≤ ${ms(BUDGET.proxyOverheadP50Ms)}`,
    verdict(overhead <= BUDGET.proxyOverheadP50Ms),
  ]);
  // One connection, one request at a time: the time per request is 1 / throughput (autocannon's
  // latency histogram counts whole milliseconds, too coarse here).
  const directSingleMs = 1000 / proxy.directSingle.requestsPerSecond;
  const proxiedSingleMs = 1000 / proxy.proxiedSingle.requestsPerSecond;
  rows.push([
    'proxy overhead, 1 connection',
    `${ms(proxiedSingleMs - directSingleMs)} per request (${ms(directSingleMs)} → ${ms(proxiedSingleMs)})`,
    '',
    '',
  ]);
  rows.push([
    'proxy throughput kept (the same round)',
    `${(share * 100).toFixed(0)}% (${allRounds((round) => `${(round.throughputShare * 100).toFixed(0)}%`)})`,
    `≥ ${BUDGET.proxyThroughputShare * 100}%`,
    verdict(share >= BUDGET.proxyThroughputShare),
  ]);
  rows.push(['start: npm run dev → first answer', ms(startup.devFirstAnswerMs), '', '']);
  rows.push(['start: npm run build', ms(startup.buildMs), '', '']);

  console.log('\n' + renderTable(['measure', 'figure', 'budget', 'verdict'], rows));

  mkdirSync('bench', { recursive: true });
  writeFileSync(
    'bench/results.json',
    JSON.stringify(
      { startedAt, node: process.version, budgets: BUDGET, startup, bundles, typing, proxy },
      null,
      2,
    ) + '\n',
  );
  console.log('\nbench: wrote bench/results.json');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
