import http, { type IncomingHttpHeaders } from 'node:http';
import https from 'node:https';
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
    /** Failed on a kept-alive connection before any answer: the server may have just closed it. */
    readonly reusedSocket = false,
  ) {
    super(`${kind} (${code})`);
    this.name = 'UpstreamError';
  }
}

export interface UpstreamClient {
  /** POSTs `body` and buffers the whole answer; rejects with UpstreamError. */
  post(
    url: string,
    headers: Record<string, string>,
    body: Buffer,
    cancellation: Cancellation,
  ): Promise<UpstreamAnswer>;
  close(): void;
}

/** Keep-alive connections to the upstream (token and API calls share them). */
export function createUpstreamClient(): UpstreamClient {
  // Free sockets are dropped before a typical server's 5 s idle timeout closes them under us.
  const agents = {
    'http:': new http.Agent({ keepAlive: true, timeout: 4000 }),
    'https:': new https.Agent({ keepAlive: true, timeout: 4000 }),
  };

  // The few URLs called (the token URL and one per endpoint) are parsed once, not per call.
  const targets = new Map<string, http.RequestOptions>();
  const targetOf = (url: string) => {
    let target = targets.get(url);
    if (target === undefined) {
      const parsed = new URL(url);
      const secure = parsed.protocol === 'https:';
      target = {
        protocol: parsed.protocol,
        hostname: parsed.hostname.replace(/^\[|\]$/g, ''),
        port: parsed.port,
        path: `${parsed.pathname}${parsed.search}`,
        agent: secure ? agents['https:'] : agents['http:'],
      };
      targets.set(url, target);
    }
    return target;
  };

  const attempt = (
    target: http.RequestOptions,
    headers: Record<string, string>,
    body: Buffer,
    cancellation: Cancellation,
  ) =>
    new Promise<UpstreamAnswer>((resolve, reject) => {
      const transport = target.protocol === 'https:' ? https : http;
      const request = transport.request({ ...target, method: 'POST', headers });
      const stopListening = cancellation.onCancel(() =>
        request.destroy(Object.assign(new Error('cancelled'), { code: 'ECANCELLED' })),
      );
      let answered = false;
      let settled = false;
      const settle = (outcome: () => void) => {
        if (settled) return;
        settled = true;
        stopListening();
        outcome();
      };
      const fail = (error: NodeJS.ErrnoException) =>
        settle(() => {
          const reason = cancellation.reason;
          if (reason !== undefined) {
            const kind = reason === 'timeout' ? 'timeout' : 'aborted';
            reject(new UpstreamError(kind, kind));
            return;
          }
          const code = error.code ?? error.message;
          if (answered) {
            reject(new UpstreamError('incomplete', code));
            return;
          }
          reject(new UpstreamError('unreachable', code, request.reusedSocket));
        });
      request.on('error', fail);
      request.on('response', (response) => {
        answered = true;
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_ANSWER_BYTES) {
            settle(() => reject(new UpstreamError('too-large', 'answer too large')));
            request.destroy();
            return;
          }
          chunks.push(chunk);
        });
        response.on('end', () =>
          settle(() =>
            resolve({
              status: response.statusCode ?? 502,
              headers: response.headers,
              body: Buffer.concat(chunks, size),
            }),
          ),
        );
        response.on('error', fail);
        response.on('aborted', () =>
          fail(Object.assign(new Error('aborted'), { code: 'ECONNRESET' })),
        );
      });
      request.end(body);
    });

  return {
    async post(url, headers, body, cancellation) {
      const target = targetOf(url);
      try {
        return await attempt(target, headers, body, cancellation);
      } catch (error) {
        // A kept-alive socket the server had just closed: nothing reached it, so try once more.
        const stale =
          error instanceof UpstreamError && error.code === 'ECONNRESET' && error.reusedSocket;
        if (!stale) throw error;
        return attempt(target, headers, body, cancellation);
      }
    },
    close() {
      agents['http:'].destroy();
      agents['https:'].destroy();
    },
  };
}
