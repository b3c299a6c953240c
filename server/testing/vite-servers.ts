import type { AddressInfo } from 'node:net';
import { createServer, preview, type InlineConfig } from 'vite';
import { ccsqmServer, type CcsqmServerOptions } from '../vite-plugin.ts';
import { closeAfterTest, tempDir } from './servers.ts';

/**
 * Vite's own config for a test server with the console's plugin: loopback, a free port, no file
 * watching or HMR socket, silent. `root` defaults to a new empty directory; `extra` replaces
 * whole sections.
 */
export function viteTestConfig(plugin: CcsqmServerOptions, extra: InlineConfig = {}): InlineConfig {
  return {
    configFile: false,
    root: extra.root ?? tempDir(),
    logLevel: 'silent',
    plugins: [ccsqmServer(plugin)],
    server: { host: '127.0.0.1', port: 0, strictPort: false, watch: null, ws: false },
    preview: { host: '127.0.0.1', port: 0 },
    optimizeDeps: { noDiscovery: true, include: [] },
    ...extra,
  };
}

const urlOf = (address: AddressInfo | string | null | undefined) =>
  `http://127.0.0.1:${(address as AddressInfo).port}`;

/** A real `vite` dev server with the plugin; closed by `closeAll`. Returns its URL. */
export async function startViteDev(
  plugin: CcsqmServerOptions,
  extra: InlineConfig = {},
): Promise<string> {
  const server = await createServer(viteTestConfig(plugin, extra));
  closeAfterTest(() => server.close());
  await server.listen();
  return urlOf(server.httpServer?.address());
}

/** A real `vite preview` server with the plugin; closed by `closeAll`. Returns its URL. */
export async function startVitePreview(
  plugin: CcsqmServerOptions,
  extra: InlineConfig = {},
): Promise<string> {
  const server = await preview(viteTestConfig(plugin, extra));
  closeAfterTest(() => server.close());
  return urlOf(server.httpServer.address());
}
