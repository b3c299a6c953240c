import { randomBytes } from 'node:crypto';
import { TOKEN_PATH } from '../src/lib/contract/index.ts';
import type { ServerConfig } from './config.ts';
import { createConsoleApiProxy, type ConnectMiddleware } from './proxy/index.ts';
import { createSimulator, type Simulator } from './simulator/index.ts';

/** x-UserId in simulator mode when CCSQM_USER_ID is not set. */
export const DEFAULT_SIMULATOR_OPERATOR = 'console-operator';

export interface ConsoleServer {
  middleware: ConnectMiddleware;
  mode: 'simulator' | 'upstream';
  /** The embedded simulator, in simulator mode. */
  simulator: Simulator | undefined;
  close(): Promise<void>;
}

/**
 * Wires the proxy to its upstream. Without CCSQM_BASE_URL the simulator runs in this process on
 * an ephemeral loopback port with credentials made up for this process (decision 010), so the
 * proxy's real token-and-forward path is used in every mode.
 */
export async function startConsoleServer(
  config: ServerConfig,
  log: (line: string) => void,
  /** Names the web server itself allows (Vite's resolved allowedHosts), served by the API too. */
  serverAllowedHosts: readonly string[] = [],
): Promise<ConsoleServer> {
  const common = {
    tokenExpireSeconds: config.tokenExpireSeconds,
    timeoutMs: config.timeoutMs,
    tenantSpaceId: config.tenantSpaceId,
    allowedHosts: [...(config.allowedHosts ?? []), ...serverAllowedHosts],
    log,
  };

  if (config.upstream !== null) {
    const { baseUrl, tokenUrl, appKey, appSecret, userId } = config.upstream;
    const proxy = createConsoleApiProxy({
      ...common,
      info: { mode: 'upstream', baseUrl },
      baseUrl,
      tokenUrl,
      appKey,
      appSecret,
      userId,
    });
    return {
      middleware: proxy.middleware,
      mode: 'upstream',
      simulator: undefined,
      close: async () => proxy.close(),
    };
  }

  const appKey = `sim-${randomBytes(8).toString('hex')}`;
  const appSecret = randomBytes(24).toString('base64url');
  const simulator = createSimulator({ appKey, appSecret, dataFile: config.simulatorDataFile });
  const { url } = await simulator.listen(0, '127.0.0.1');
  const proxy = createConsoleApiProxy({
    ...common,
    info: { mode: 'simulator', baseUrl: null },
    baseUrl: url,
    tokenUrl: `${url}${TOKEN_PATH}`,
    appKey,
    appSecret,
    userId: config.userId ?? DEFAULT_SIMULATOR_OPERATOR,
  });
  log(
    `CCSQM simulator answering in-process (no CCSQM_BASE_URL set)${config.simulatorDataFile ? `; data in ${config.simulatorDataFile}` : '; data in memory only'}`,
  );
  return {
    middleware: proxy.middleware,
    mode: 'simulator',
    simulator,
    close: async () => {
      proxy.close();
      await simulator.close();
    },
  };
}
