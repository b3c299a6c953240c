import http, {
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  API_PREFIX,
  ENDPOINTS,
  JSON_CONTENT_TYPE,
  TOKEN_PATH,
  findEndpoint,
} from '../../src/lib/contract/index.ts';
import { isJsonContentType } from '../http/content-type.ts';
import { pathOf } from '../http/path-of.ts';
import { readBody } from '../http/read-body.ts';
import { accessLine } from '../http/access-line.ts';
import { sendJson } from '../http/send-json.ts';
import { answerCall } from './answer-call.ts';
import { invalid } from './handlers/answers.ts';
import type { SimulatorState } from './state.ts';
import { PersistError, SimulatorStore } from './store.ts';
import { answerTokenRequest } from './token-endpoint.ts';
import { TokenIssuer } from './token-issuer.ts';

export interface SimulatorOptions {
  /** The credentials tokenByAkSk accepts. */
  appKey: string;
  appSecret: string;
  /** JSON file to load the state from and save it to; memory only when undefined. */
  dataFile?: string | undefined;
  /** Clock in epoch ms; tests move it to expire tokens. */
  now?: () => number;
  /** One line per request; silent when undefined (the proxy logs in-process use). */
  log?: (line: string) => void;
  /** Keep the last 1000 requests for `testHooks.requests` (tests); off in the console. */
  recordRequests?: boolean;
}

export interface Simulator {
  listen(port?: number, host?: string): Promise<{ url: string }>;
  close(): Promise<void>;
  /** The live state (read it; change it only through the HTTP API). */
  readonly state: SimulatorState;
  readonly testHooks: {
    /** Every token issued so far stops working: the next call gets a 401. */
    expireAllTokens(): void;
    /** The last tokens issued, to prove they never leak. */
    issuedTokens(): string[];
    /** Token requests answered with a token. */
    readonly tokenRequests: number;
    /**
     * With `recordRequests`, the last 1000 requests received, oldest first (headers included:
     * tests check them); empty otherwise.
     */
    readonly requests: readonly ReceivedRequest[];
  };
}

export interface ReceivedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The simulator's own HTTP failures (the contract documents only the business codes). */
const fail = (res: ServerResponse, status: number, resultCode: string, resultDesc: string) =>
  sendJson(res, status, { resultCode, resultDesc });

export function createSimulator(options: SimulatorOptions): Simulator {
  const nowMs = options.now ?? Date.now;
  const store = SimulatorStore.open(options.dataFile, Math.floor(nowMs() / 1000));
  const tokens = new TokenIssuer(options.appKey, options.appSecret, nowMs);
  const requests: ReceivedRequest[] = [];

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = pathOf(req.url ?? '/');
    const isToken = path === TOKEN_PATH;
    const name = path.startsWith(`${API_PREFIX}/`)
      ? findEndpoint(path.slice(API_PREFIX.length + 1))
      : undefined;
    if (!isToken && name === undefined) {
      return fail(res, 404, 'NOT_FOUND', 'There is no CCSQM call at this path.');
    }
    if (req.method !== 'POST') {
      return sendJson(
        res,
        405,
        { resultCode: 'METHOD_NOT_ALLOWED', resultDesc: 'Only POST is accepted here.' },
        { Allow: 'POST' },
      );
    }
    if (!isToken && !tokens.accepts(req.headers.authorization)) {
      return fail(
        res,
        401,
        'UNAUTHORIZED',
        'Authorization must be "Bearer <AccessToken>" with a valid, unexpired token from tokenByAkSk.',
      );
    }
    if (!isJsonContentType(req.headers['content-type'])) {
      return fail(res, 415, 'UNSUPPORTED_MEDIA_TYPE', `Content-Type must be ${JSON_CONTENT_TYPE}.`);
    }
    const body = await readBody(req);
    if (!body.ok) {
      if (body.reason === 'too-large') {
        return fail(res, 413, 'PAYLOAD_TOO_LARGE', 'The request body is larger than 1 MiB.');
      }
      return fail(res, 400, 'BAD_REQUEST', `The request body could not be read: ${body.message}`);
    }
    let text: string;
    try {
      text = STRICT_UTF8.decode(body.body);
    } catch {
      // A lenient decode would store U+FFFD in place of the bytes: refuse instead.
      const resultDesc = 'request body is not valid UTF-8 text';
      return name === undefined
        ? fail(res, 400, 'BAD_REQUEST', resultDesc)
        : sendJson(res, 400, invalid(ENDPOINTS[name].group, resultDesc));
    }
    const answer = isToken
      ? answerTokenRequest(tokens, text, req.headers['x-token-expire'])
      : answerCall(name as NonNullable<typeof name>, text, {
          store,
          now: Math.floor(nowMs() / 1000),
          operatorId: headerValue(req.headers['x-userid']),
        });
    sendJson(res, answer.status, answer.body);
  }

  const { log } = options;
  const server = http.createServer((req, res) => {
    if (options.recordRequests === true) {
      requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
      if (requests.length > 1000) requests.shift();
    }
    if (log !== undefined) {
      const started = performance.now();
      res.on('finish', () => {
        log(`[simulator] ${accessLine(req, res.statusCode, performance.now() - started)}`);
      });
    }
    route(req, res).catch((error: unknown) => {
      if (error instanceof PersistError) {
        options.log?.(`[simulator] ${error.message}`);
        return fail(res, 500, 'SIM_PERSIST_FAILED', `${error.message}. Nothing was changed.`);
      }
      options.log?.(`[simulator] unexpected failure: ${String(error)}`);
      fail(res, 500, 'INTERNAL_ERROR', 'The simulator failed unexpectedly; nothing was changed.');
    });
  });

  return {
    listen(port = 0, host = '127.0.0.1') {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          const address = server.address() as AddressInfo;
          resolve({ url: `http://${host}:${address.port}` });
        });
      });
    },
    close() {
      return new Promise((resolve) => {
        if (!server.listening) return resolve();
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
    get state() {
      return store.state;
    },
    testHooks: {
      expireAllTokens: () => tokens.expireAll(),
      issuedTokens: () => tokens.issuedTokens(),
      get tokenRequests() {
        return tokens.issuedCount;
      },
      requests,
    },
  };
}

function headerValue(value: string | string[] | undefined): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined || first.trim() === '' ? undefined : first.trim();
}
