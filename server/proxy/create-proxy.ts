import type { IncomingMessage, ServerResponse } from 'node:http';
import { accessLine } from '../http/access-line.ts';
import { Cancellation } from './cancellation.ts';
import { classifyPath } from './classify-path.ts';
import type { CallerIdentity } from './outgoing-headers.ts';
import { compose, type ProxyContext } from './pipeline.ts';
import { catchFailures } from './steps/catch-failures.ts';
import { consoleApi, type UpstreamInfo } from './steps/console-api.ts';
import { forwardCall } from './steps/forward-call.ts';
import { onlyListedCalls } from './steps/only-listed-calls.ts';
import { readRequestBody } from './steps/read-request-body.ts';
import { requestGuard } from './steps/request-guard.ts';
import { TokenManager } from './token-manager.ts';
import { createUpstreamClient } from './upstream-client.ts';

export interface ProxyOptions {
  info: UpstreamInfo;
  /** Origin the calls go to (in simulator mode, the embedded simulator's URL). */
  baseUrl: string;
  tokenUrl: string;
  appKey: string;
  appSecret: string;
  userId: string;
  tenantSpaceId?: string | undefined;
  tokenExpireSeconds: number;
  timeoutMs: number;
  log: (line: string) => void;
  /**
   * Host names served besides localhost and IP addresses (CCSQM_ALLOWED_HOSTS and Vite's
   * allowedHosts); `.example.com` covers the domain and its subdomains.
   */
  allowedHosts?: readonly string[];
  /** Epoch ms; tests move it to age tokens. */
  now?: () => number;
}

export type ConnectMiddleware = (
  req: IncomingMessage,
  res: ServerResponse,
  next: (error?: unknown) => void,
) => void;

export interface ConsoleApiProxy {
  middleware: ConnectMiddleware;
  tokens: TokenManager;
  close(): void;
}

/** The console server's request handling: GET /console-api/upstream and the CCSQM calls. */
export function createConsoleApiProxy(options: ProxyOptions): ConsoleApiProxy {
  const client = createUpstreamClient();
  const tokens = new TokenManager({
    tokenUrl: options.tokenUrl,
    appKey: options.appKey,
    appSecret: options.appSecret,
    expireSeconds: options.tokenExpireSeconds,
    timeoutMs: options.timeoutMs,
    client,
    now: options.now,
  });
  const identity: CallerIdentity = {
    appKey: options.appKey,
    userId: options.userId,
    tenantSpaceId: options.tenantSpaceId,
  };

  const handle = compose([
    catchFailures(options.log),
    requestGuard(options.allowedHosts ?? []),
    consoleApi(options.info),
    onlyListedCalls,
    readRequestBody,
    forwardCall({
      baseUrl: options.baseUrl,
      targetLabel:
        options.info.mode === 'simulator'
          ? 'The embedded simulator'
          : `CCSQM at ${options.baseUrl}`,
      identity,
      tokens,
      client,
      timeoutMs: options.timeoutMs,
    }),
  ]);

  const middleware: ConnectMiddleware = (req, res, next) => {
    const route = classifyPath(req.url ?? '/');
    if (route.kind === 'not-ours') {
      next();
      return;
    }
    const started = performance.now();
    const cancellation = new Cancellation();
    // The one listener on the call's end: a browser that left early cancels the call, and every
    // call gets its access-log line.
    res.once('close', () => {
      const finished = res.writableFinished;
      if (!finished) cancellation.cancel('client-gone');
      options.log(
        accessLine(req, finished ? res.statusCode : 'aborted', performance.now() - started),
      );
    });
    const ctx: ProxyContext = { req, res, route, cancellation };
    handle(ctx).catch(() => {
      // catchFailures answers everything; this only guards against a failure while answering.
      if (!res.writableEnded) res.destroy();
    });
  };

  return { middleware, tokens, close: () => client.close() };
}
