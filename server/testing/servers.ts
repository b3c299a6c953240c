import { mkdtempSync, rmSync } from 'node:fs';
import http, { type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  TOKEN_PATH,
  endpointPath,
  type EndpointName,
  type RequestOf,
} from '../../src/lib/contract/index.ts';
import { createConsoleApiProxy, type ProxyOptions } from '../proxy/index.ts';
import { createSimulator, type Simulator, type SimulatorOptions } from '../simulator/index.ts';
import { postJson } from './http-client.ts';

/** Everything a test starts, closed by `closeAll` in afterEach: no server outlives its test. */
const open: Array<() => Promise<void> | void> = [];

export async function closeAll(): Promise<void> {
  const closers = open.splice(0).reverse();
  for (const close of closers) await close();
}

/** Has `closeAll` close something a test started itself. */
export function closeAfterTest(close: () => Promise<void> | void): void {
  open.push(close);
}

export const TEST_APP_KEY = 'test-app-key-7f3a';
export const TEST_APP_SECRET = 'test-app-secret-Q9x2-do-not-leak';

export interface RunningSimulator {
  simulator: Simulator;
  url: string;
}

export async function startSimulator(
  options: Partial<SimulatorOptions> = {},
): Promise<RunningSimulator> {
  const simulator = createSimulator({
    appKey: TEST_APP_KEY,
    appSecret: TEST_APP_SECRET,
    recordRequests: true,
    ...options,
  });
  const { url } = await simulator.listen(0, '127.0.0.1');
  open.push(() => simulator.close());
  return { simulator, url };
}

/** A client that speaks to the simulator directly, with a token, like the proxy does. */
export async function simulatorClient(url: string, operatorId = 'director.test') {
  const tokenAnswer = await postJson(url, TOKEN_PATH, {
    app_key: TEST_APP_KEY,
    app_secret: TEST_APP_SECRET,
  });
  const token = String(tokenAnswer.json?.AccessToken);
  const headers = { Authorization: `Bearer ${token}`, 'x-UserId': operatorId };
  return {
    token,
    /** A call with a typed body. */
    call: <N extends EndpointName>(name: N, body: RequestOf<N>) =>
      postJson(url, endpointPath(name), body, headers),
    /** A call with any body (junk, wrong types, raw text). */
    raw: (name: EndpointName, body: unknown, extraHeaders: Record<string, string> = {}) =>
      postJson(url, endpointPath(name), body, { ...headers, ...extraHeaders }),
  };
}

export interface RunningProxy {
  url: string;
  logs: string[];
  /** How many requests the proxy handed on (to Vite, in real use). */
  handedOn: () => number;
  proxy: ReturnType<typeof createConsoleApiProxy>;
}

/** The proxy middleware in a plain node:http server; handed-on requests get "next". */
export async function startProxy(
  options: Partial<ProxyOptions> & { baseUrl: string },
): Promise<RunningProxy> {
  const logs: string[] = [];
  let handedOn = 0;
  const proxy = createConsoleApiProxy({
    info: { mode: 'upstream', baseUrl: options.baseUrl },
    tokenUrl: `${options.baseUrl}${TOKEN_PATH}`,
    appKey: TEST_APP_KEY,
    appSecret: TEST_APP_SECRET,
    userId: 'operator-42',
    tenantSpaceId: 'tenant-9',
    tokenExpireSeconds: 600,
    timeoutMs: 5000,
    ...options,
    log: (line) => {
      logs.push(line);
      options.log?.(line);
    },
  });
  const server = http.createServer((req, res) =>
    proxy.middleware(req, res, () => {
      handedOn++;
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.end('next');
    }),
  );
  const url = await listen(server);
  open.push(() => proxy.close());
  open.push(() => closeServer(server));
  return { url, logs, handedOn: () => handedOn, proxy };
}

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A tiny upstream whose every answer the test decides: for faults the simulator cannot make. */
export async function startFakeUpstream(
  handle: (request: RecordedRequest, res: ServerResponse) => void | Promise<void>,
): Promise<{ url: string; requests: RecordedRequest[] }> {
  const requests: RecordedRequest[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const recorded = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks),
      };
      requests.push(recorded);
      void Promise.resolve(handle(recorded, res)).catch(() => res.destroy());
    });
  });
  const url = await listen(server);
  open.push(() => closeServer(server));
  return { url, requests };
}

/** A token answer as tokenByAkSk writes it (CreateTime and Expires as strings). */
export function answerToken(
  res: ServerResponse,
  token: string,
  createTime = Math.floor(Date.now() / 1000),
  expires = 600,
): void {
  res.writeHead(200, { 'Content-Type': 'application/json' });
  res.end(
    JSON.stringify({
      AccessToken: token,
      ApplyType: 'Bearer',
      CreateTime: String(createTime),
      Expires: String(expires),
      Scope: 'CCSQM',
      AppKey: TEST_APP_KEY,
      UserID: 'Anonymous',
    }),
  );
}

/** A loopback URL nothing listens on. */
export async function deadUrl(): Promise<string> {
  const server = http.createServer();
  const url = await listen(server);
  await closeServer(server);
  return url;
}

export function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ccsqm-test-'));
  open.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function listen(server: http.Server): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    });
  });
}

function closeServer(server: http.Server): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) return resolve();
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
