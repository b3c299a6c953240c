import type { IncomingHttpHeaders } from 'node:http';
import { Agent, type Dispatcher } from 'undici';
import type { Cancellation } from './cancellation.ts';

/** The largest answer the proxy buffers from the upstream. */
export const MAX_ANSWER_BYTES = 16 * 1024 * 1024;

export interface UpstreamAnswer {
  status: number;
  headers: IncomingHttpHeaders;
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
  connect?: Agent.Options['connect'];
}

/** Keep-alive connections to the upstream (token and API calls share them). */
export function createUpstreamClient(options: UpstreamClientOptions = {}): UpstreamClient {
  const dispatcher = new Agent({
    ...(options.connect === undefined ? {} : { connect: options.connect }),
    // An idle connection is dropped after 4 s, or earlier when the server's Keep-Alive hint says
    // it drops them sooner: before a typical server's 5 s idle timeout closes it under us.
    keepAliveTimeout: 4000,
    // The call's own time limit covers the whole call (decision 012); no second set of timers.
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
    let controller: Dispatcher.DispatchController | undefined;
    stopListening = cancellation.onCancel(() => {
      if (controller === undefined) settle(cancelled());
      else controller.abort(new Error('cancelled'));
    });
    if (settled) return;
    dispatcher.dispatch(
      { origin: target.origin, path: target.path, method: 'POST', headers, body },
      {
        onRequestStart(connected) {
          if (settled) connected.abort(new Error('cancelled'));
          else controller = connected;
        },
        onResponseStart(_controller, status, responseHeaders) {
          answer = { status, headers: responseHeaders, body: EMPTY };
        },
        onResponseData(current, chunk) {
          size += chunk.length;
          if (size > MAX_ANSWER_BYTES) {
            settle(new UpstreamError('too-large', 'answer too large'));
            current.abort(new Error('answer too large'));
            return;
          }
          chunks.push(chunk);
        },
        onResponseEnd() {
          if (answer === undefined) return settle(new UpstreamError('incomplete', 'no answer'));
          // A small answer comes in one chunk: it is kept as it is, not copied.
          answer.body = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, size);
          settle(undefined, answer);
        },
        onResponseError(_controller, error) {
          if (cancellation.reason !== undefined) return settle(cancelled());
          const code = causeOf(error);
          settle(
            answer === undefined
              ? new UpstreamError('unreachable', code, hadAnsweredBefore(error))
              : new UpstreamError('incomplete', code),
          );
        },
      },
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

/** A short cause for the message: the system's code (ECONNREFUSED, ENOTFOUND, ...) when known. */
function causeOf(error: Error & { code?: unknown }): string {
  if (error.code === 'UND_ERR_SOCKET') return 'ECONNRESET'; // undici's "other side closed"
  return typeof error.code === 'string' ? error.code : error.name;
}

/**
 * Whether a connection that failed before any answer had carried an answer before: then the
 * server may have closed it as idle just as the call went out, and nothing reached it.
 */
function hadAnsweredBefore(error: Error & { code?: unknown; socket?: unknown }): boolean {
  if (error.code !== 'UND_ERR_SOCKET') return false;
  const socket = error.socket as { bytesRead?: unknown } | null | undefined;
  return typeof socket?.bytesRead === 'number' && socket.bytesRead > 0;
}
