import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseServerConfig } from '../config.ts';
import { startConsoleServer } from '../console-server.ts';

/**
 * The console server in upstream mode in a process of its own, the way `vite preview` wires it
 * (minus Vite): for the load test, which measures this process's memory. The upstream and its
 * credentials come in CCSQM_* variables; access-log lines go to stdout. Over IPC it reports
 * `{ url }` once listening, and `{ memory }` when sent "report".
 */

const config = parseServerConfig(process.env, process.cwd());
const consoleServer = await startConsoleServer(config, (line) => process.stdout.write(`${line}\n`));
const server = http.createServer((req, res) =>
  consoleServer.middleware(req, res, () => {
    res.writeHead(404);
    res.end();
  }),
);
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  process.send?.({ url: `http://127.0.0.1:${port}` });
});
process.on('message', (message) => {
  if (message !== 'report') return;
  // Started with --expose-gc: measure live memory, not garbage the collector has not reached.
  (globalThis as { gc?: () => void }).gc?.();
  process.send?.({ memory: process.memoryUsage() });
});
process.on('disconnect', () => {
  server.close();
  server.closeAllConnections();
  void consoleServer.close().then(() => process.exit(0));
});
