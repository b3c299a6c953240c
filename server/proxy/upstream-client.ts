import { Agent, buildConnector } from 'undici';
import { joinChunks } from '../http/join-chunks.ts';
import type { Cancellation } from './cancellation.ts';

/** The largest answer the proxy buffers from the upstream. */
export const MAX_ANSWER_BYTES = 16 * 1024 * 1024;

export interface UpstreamAnswer {
  status: number;
  /** The first Content-Type, if the server sent several. */
  contentType: string | undefined;
  body: Buffer;
}

/** `incomplete`: the answer had started (status and headers arrived) when the connection broke. */
export type UpstreamErrorKind = 'timeout' | 'aborted' | 'unreachable' | 'incomplete' | 'too-large';

export class UpstreamError extends Error {
  constructor(
    readonly kind: UpstreamErrorKind,
    /** A short cause such as ECONNREFUSED; never a header or body. */
    readonly code: string,
    /** Failed before any answer on a connection that had answered before: see hadAnsweredBefore. */
    readonly connectionAnsweredBefore = false,
  ) {
    super(`${kind} (${code})`);
    this.name = 'UpstreamError';
  }
}

/** Header names and values in turn: ['Content-Type', 'application/json', ...]. */
export type RawHeaders = string[];

export interface UpstreamClient {
  /** POSTs `body` and buffers the whole answer; rejects with UpstreamError. */
  post(
    url: string,
    headers: RawHeaders,
    body: Buffer,
    cancellation: Cancellation,
  ): Promise<UpstreamAnswer>;
  close(): void;
}

export interface UpstreamClientOptions {
  /** How connections are opened (undici's connector); tests pass one that never connects. */
  connect?: buildConnector.connector;
}

/** Keep-alive connections to the upstream (token and API calls share them). */
export function createUpstreamClient(options: UpstreamClientOptions = {}): UpstreamClient {
  const dispatcher = new Agent({
    connect: markingUsedConnections(options.connect ?? buildConnector({})),
    // An idle connection is dropped after 4 s, or earlier when the server's Keep-Alive hint says
    // it drops them sooner (never later: a proxy in between may drop idle connections early), so
    // a typical server's 5 s idle timeout never closes one under us.
    keepAliveTimeout: 4000,
    keepAliveMaxTimeout: 4000,
    // The call's own time limit covers waiting for the answer (decision 012). Connecting keeps
    // undici's own 10 s limit: a host that never completes a connect is then reported as
    // unreachable (UND_ERR_CONNECT_TIMEOUT) when CCSQM_TIMEOUT_MS is longer than that.
    headersTimeout: 0,
    bodyTimeout: 0,
  });

  // The few URLs called (the token URL and one per endpoint) are parsed once, not per call.
  const targets = new Map<string, Target>();
  const targetOf = (url: string) => {
    let target = targets.get(url);
    if (target === undefined) {
      const parsed = new URL(url);
      target = { origin: parsed.origin, path: `${parsed.pathname}${parsed.search}` };
      targets.set(url, target);
    }
    return target;
  };

  /** One try; `done` gets the answer or the error, exactly once. */
  const attempt = (
    target: Target,
    headers: RawHeaders,
    body: Buffer,
    cancellation: Cancellation,
    done: (error: UpstreamError | undefined, answer?: UpstreamAnswer) => void,
  ) => {
    let answer: UpstreamAnswer | undefined;
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    let stopListening: () => void = () => undefined;
    const settle = (error: UpstreamError | undefined, answered?: UpstreamAnswer) => {
      if (settled) return;
      settled = true;
      stopListening();
      done(error, answered);
    };
    const cancelled = () => {
      const kind = cancellation.reason === 'timeout' ? 'timeout' : 'aborted';
      return new UpstreamError(kind, kind);
    };
    // undici hands over the means to abort only once the call has a connection. A cancel before
    // that (a timeout or a browser gone while connecting) settles at once; the call is then
    // dropped as soon as it gets its connection, before anything is written.
    let abort: ((reason: Error) => void) | undefined;
    stopListening = cancellation.onCancel(() => {
      if (abort === undefined) settle(cancelled());
      else abort(new Error('cancelled'));
    });
    if (settled) return;
    // undici's own handler interface (decision 068): its newer one wraps every call in an adapter
    // that turns the raw headers and trailers into objects, which cost 3-4 % of the proxy's time.
    const handler: LegacyHandler = {
      onConnect(abortCall) {
        if (settled) abortCall(new Error('cancelled'));
        else abort = abortCall;
      },
      onHeaders(status, rawHeaders) {
        answer = { status, contentType: firstContentType(rawHeaders), body: EMPTY };
        return true;
      },
      onData(chunk) {
        size += chunk.length;
        if (size > MAX_ANSWER_BYTES) {
          settle(new UpstreamError('too-large', 'answer too large'));
          abort?.(new Error('answer too large'));
          return false;
        }
        chunks.push(chunk);
        return true;
      },
      onComplete() {
        // undici has called onHeaders by now.
        const complete = answer as UpstreamAnswer;
        complete.body = joinChunks(chunks, size);
        settle(undefined, complete);
      },
      onError(error) {
        if (cancellation.reason !== undefined) return settle(cancelled());
        const code = causeOf(error);
        settle(
          answer === undefined
            ? new UpstreamError('unreachable', code, hadAnsweredBefore(error))
            : new UpstreamError('incomplete', code),
        );
      },
    };
    dispatcher.dispatch(
      { origin: target.origin, path: target.path, method: 'POST', headers, body },
      handler,
    );
  };

  return {
    post(url, headers, body, cancellation) {
      const target = targetOf(url);
      return new Promise((resolve, reject) => {
        const send = (isRetry: boolean) =>
          attempt(target, headers, body, cancellation, (error, answer) => {
            if (error === undefined) return resolve(answer as UpstreamAnswer);
            // A kept-alive connection the server had just closed: nothing reached it, so try
            // once more.
            if (!isRetry && error.connectionAnsweredBefore) return send(true);
            reject(error);
          });
        send(false);
      });
    },
    close() {
      void dispatcher.destroy();
    },
  };
}

interface Target {
  origin: string;
  path: string;
}

const EMPTY = Buffer.alloc(0);

/** The handler methods undici calls itself; every one we use is marked deprecated in its types. */
interface LegacyHandler {
  onConnect(abort: (reason: Error) => void): void;
  onHeaders(status: number, rawHeaders: Buffer[]): boolean;
  onData(chunk: Buffer): boolean;
  onComplete(): void;
  onError(error: Error & { code?: unknown }): void;
}

const CONTENT_TYPE = 'content-type';

/** The first Content-Type among the raw header names and values. */
function firstContentType(rawHeaders: Buffer[]): string | undefined {
  for (let i = 0; i < rawHeaders.length; i += 2) {
    const name = rawHeaders[i] as Buffer;
    if (
      name.length === CONTENT_TYPE.length &&
      name.toString('latin1').toLowerCase() === CONTENT_TYPE
    )
      return rawHeaders[i + 1]?.toString('latin1');
  }
  return undefined;
}

/** A short cause for the message: the system's code (ECONNREFUSED, ENOTFOUND, ...) when known. */
function causeOf(error: Error & { code?: unknown }): string {
  if (error.code === 'UND_ERR_SOCKET') return 'ECONNRESET'; // undici's "other side closed"
  return typeof error.code === 'string' ? error.code : error.name;
}

/** Socket errors of connections that had read something before the error (see below). */
const errorsOfUsedConnections = new WeakSet<Error>();

/**
 * Notes, for each connection's own socket error (a reset, a broken pipe), whether the connection
 * had read anything before it. undici hands such an error on as it is, without the socket.
 */
function markingUsedConnections(connect: buildConnector.connector): buildConnector.connector {
  return (options, callback) =>
    connect(options, (...opened) => {
      const socket = opened[1];
      // Before undici's own listener: it passes this very error object on to the call.
      socket?.prependListener('error', (error: Error) => {
        if (socket.bytesRead > 0) errorsOfUsedConnections.add(error);
      });
      callback(...opened);
    });
}

/**
 * Whether a connection that failed before any answer had carried an answer before: then the
 * server (or a device on the way) may have dropped it as idle just as the call went out, and
 * nothing reached it. A clean close comes as undici's own socket error, which carries the bytes
 * read; a reset or a broken pipe as the system's error, marked by markingUsedConnections. The
 * count includes a partial status line of this answer; a server that sends part of one and
 * hangs up is rare enough to accept the retry it causes.
 */
function hadAnsweredBefore(error: Error & { code?: unknown; socket?: unknown }): boolean {
  if (error.code !== 'UND_ERR_SOCKET') return errorsOfUsedConnections.has(error);
  const socket = error.socket as { bytesRead?: unknown } | null | undefined;
  return typeof socket?.bytesRead === 'number' && socket.bytesRead > 0;
}
