import type { Connect, Plugin, ResolvedConfig } from 'vite';
import { loadServerConfig, type RawEnv } from './config.ts';
import { startConsoleServer, type ConsoleServer } from './console-server.ts';

export interface CcsqmServerOptions {
  /** Use these variables instead of the environment and .env files (tests). */
  env?: RawEnv;
  /** Where log lines go; Vite's logger by default. */
  log?: (line: string) => void;
}

/**
 * The console's server side inside Vite, for `vite` (dev) and `vite preview` alike: the CCSQM
 * proxy and, without CCSQM_BASE_URL, the embedded simulator behind it. A bad configuration stops
 * the server at start with a message naming the variable.
 */
export function ccsqmServer(options: CcsqmServerOptions = {}): Plugin {
  // Oldest first: on a restart Vite starts the new server before it closes the old one.
  const running: ConsoleServer[] = [];

  const start = async (config: ResolvedConfig, middlewares: Connect.Server) => {
    const serverConfig = loadServerConfig({
      mode: config.mode,
      root: typeof config.envDir === 'string' ? config.envDir : config.root,
      env: options.env,
    });
    const log =
      options.log ?? ((line: string) => config.logger.info(`[ccsqm] ${line}`, { timestamp: true }));
    const consoleServer = await startConsoleServer(serverConfig, log);
    running.push(consoleServer);
    middlewares.use(consoleServer.middleware);
  };
  const stop = async () => {
    await running.shift()?.close();
  };

  return {
    name: 'ccsqm-server',
    async configureServer(server) {
      await start(server.config, server.middlewares);
    },
    async configurePreviewServer(server) {
      await start(server.config, server.middlewares);
    },
    closeServer: stop,
    closePreviewServer: stop,
  };
}
