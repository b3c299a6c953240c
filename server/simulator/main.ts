import path from 'node:path';
import { z } from 'zod';
import { batchedLog } from '../batched-log.ts';
import { readServerEnv } from '../config.ts';
import { createSimulator } from './simulator-server.ts';

/**
 * `npm run simulator`: the simulator on its own, for curl or for pointing a console at it with
 * CCSQM_BASE_URL. Credentials come from CCSQM_APP_KEY / CCSQM_APP_SECRET or the documented
 * defaults below; the secret is never printed.
 */

const STANDALONE_DEFAULTS = {
  port: 5180,
  host: '127.0.0.1',
  appKey: 'ccsqm-simulator-key',
  appSecret: 'ccsqm-simulator-secret',
} as const;

const root = process.cwd();
const env = readServerEnv(process.env.NODE_ENV ?? 'development', root);

const port = z.coerce
  .number()
  .int()
  .min(0)
  .max(65_535)
  .safeParse(env.CCSQM_SIMULATOR_PORT || STANDALONE_DEFAULTS.port);
if (!port.success) {
  process.stderr.write('CCSQM_SIMULATOR_PORT must be a port number from 0 to 65535\n');
  process.exit(1);
}

const appKey = env.CCSQM_APP_KEY || STANDALONE_DEFAULTS.appKey;
const dataFile = env.CCSQM_SIMULATOR_DATA
  ? path.resolve(root, env.CCSQM_SIMULATOR_DATA)
  : undefined;

// One write per batch of lines, not per request (decision 065).
const log = batchedLog((lines) => process.stdout.write(`${lines.join('\n')}\n`));

try {
  const simulator = createSimulator({
    appKey,
    appSecret: env.CCSQM_APP_SECRET || STANDALONE_DEFAULTS.appSecret,
    dataFile,
    log,
  });
  const { url } = await simulator.listen(port.data, STANDALONE_DEFAULTS.host);
  process.stdout.write(
    [
      `CCSQM simulator listening on ${url}`,
      `  app key: ${appKey} (secret from ${env.CCSQM_APP_SECRET ? 'CCSQM_APP_SECRET' : 'the documented default'})`,
      `  data: ${dataFile ?? 'in memory only (set CCSQM_SIMULATOR_DATA to keep it)'}`,
      `  point the console at it with CCSQM_BASE_URL=${url}`,
      '',
    ].join('\n'),
  );
  // Whatever closing does, the waiting log lines are written and the process ends.
  const stop = () =>
    void simulator.close().finally(() => {
      log.flush();
      process.exit(0);
    });
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  process.stderr.write(
    `The simulator could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
}
