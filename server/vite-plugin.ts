import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { Connect, Plugin, ResolvedConfig, UserConfig } from 'vite';
import { batchedLog } from './batched-log.ts';
import { loadServerConfig, type RawEnv } from './config.ts';
import { startConsoleServer, type ConsoleServer } from './console-server.ts';
import { appSecurityHeaders } from './http/security-headers.ts';

export interface CcsqmServerOptions {
  /** Use these variables instead of the environment and .env files (tests). */
  env?: RawEnv;
  /** Where log lines go; Vite's logger by default. */
  log?: (line: string) => void;
}

type ServerKind = 'dev' | 'preview';

/**
 * The console's server side inside Vite, for `vite` (dev) and `vite preview` alike: the CCSQM
 * proxy and, without CCSQM_BASE_URL, the embedded simulator behind it. A bad configuration stops
 * the server at start with a message naming the variable.
 *
 * It also sets what keeps the credentials proxy safe in the browser (decisions 050-052): Vite's
 * CORS middleware off (its default lets any localhost origin pass a preflight), CCSQM_ALLOWED_HOSTS
 * added to Vite's allowedHosts, and security headers with a Content-Security-Policy on
 * everything served.
 */
export function ccsqmServer(options: CcsqmServerOptions = {}): Plugin {
  // Oldest first: on a restart Vite starts the new server before it closes the old one.
  const running: Array<{ server: ConsoleServer; flushLog: () => void }> = [];
  // Dev only: the nonce Vite puts on the inline scripts it injects (new per config resolution).
  let devScriptNonce: string | undefined;

  const start = async (config: ResolvedConfig, middlewares: Connect.Server, kind: ServerKind) => {
    const serverConfig = loadServerConfig({
      mode: config.mode,
      root: typeof config.envDir === 'string' ? config.envDir : config.root,
      env: options.env,
    });
    // Lines go out together, at most 100 ms late, not one terminal write per call (decision 065).
    const viteLog = batchedLog((lines) =>
      config.logger.info(lines.map((line) => `[ccsqm] ${line}`).join('\n'), { timestamp: true }),
    );
    const log = options.log ?? viteLog;
    const viteHosts = kind === 'dev' ? config.server.allowedHosts : config.preview.allowedHosts;
    const consoleServer = await startConsoleServer(
      serverConfig,
      log,
      viteHosts === true ? [] : viteHosts,
    );
    running.push({ server: consoleServer, flushLog: viteLog.flush });
    const headers = appSecurityHeaders({
      scriptNonce: kind === 'dev' ? devScriptNonce : undefined,
    });
    // The API first: its answers carry their own security headers (API_ANSWER_HEADERS), so the
    // app's set would only be written to be replaced, once per call.
    middlewares.use(consoleServer.middleware);
    middlewares.use(withHeaders(headers));
  };
  const stop = async () => {
    const oldest = running.shift();
    try {
      await oldest?.server.close();
    } finally {
      oldest?.flushLog();
    }
  };

  return {
    name: 'ccsqm-server',
    config(userConfig, env) {
      // `vite build` reads no server variable (decision 017) and needs none of this.
      if (env.command !== 'serve') return undefined;
      const hosts = allowedHostsFromEnv(userConfig, env.mode, options.env);
      devScriptNonce = env.isPreview === true ? undefined : randomBytes(18).toString('base64');
      const previewHosts = previewAllowedHosts(userConfig, hosts);
      return {
        server: { cors: false, allowedHosts: hosts },
        preview: {
          cors: false,
          ...(previewHosts === undefined ? {} : { allowedHosts: previewHosts }),
        },
        ...(devScriptNonce === undefined ? {} : { html: { cspNonce: devScriptNonce } }),
      };
    },
    async configureServer(server) {
      await start(server.config, server.middlewares, 'dev');
    },
    async configurePreviewServer(server) {
      await start(server.config, server.middlewares, 'preview');
    },
    closeServer: stop,
    closePreviewServer: stop,
  };
}

/** Sets `headers` on everything Vite itself serves (the API answers carry their own). */
function withHeaders(headers: Record<string, string>): Connect.NextHandleFunction {
  return (_req, res, next) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    next();
  };
}

/**
 * CCSQM_ALLOWED_HOSTS, read early (Vite needs it before the server starts). A bad configuration
 * is reported by configureServer with every problem; here it just adds nothing.
 */
function allowedHostsFromEnv(userConfig: UserConfig, mode: string, env: RawEnv | undefined) {
  const root = path.resolve(userConfig.root ?? process.cwd());
  const envDir =
    typeof userConfig.envDir === 'string' ? path.resolve(root, userConfig.envDir) : root;
  try {
    return loadServerConfig({ mode, root: envDir, env }).allowedHosts ?? [];
  } catch {
    return [];
  }
}

/**
 * Vite's preview uses `preview.allowedHosts ?? server.allowedHosts`: setting the former must keep
 * what the latter said. `true` (every host) is left alone; the API keeps its own check.
 */
function previewAllowedHosts(userConfig: UserConfig, hosts: string[]): string[] | undefined {
  const own = userConfig.preview?.allowedHosts;
  if (own === true) return undefined;
  if (own !== undefined) return hosts; // Vite concatenates the user's list and ours
  const inherited = userConfig.server?.allowedHosts;
  if (inherited === true) return undefined;
  return [...(inherited ?? []), ...hosts];
}
