import type { ServerResponse } from 'node:http';
import { endpointPath, type EndpointName } from '../../../src/lib/contract/index.ts';
import { outgoingHeaders, type CallerIdentity } from '../outgoing-headers.ts';
import type { Cancellation } from '../cancellation.ts';
import type { Step } from '../pipeline.ts';
import { failures } from '../proxy-failure.ts';
import type { TokenManager } from '../token-manager.ts';
import { writeApiAnswer } from '../write-answer.ts';
import { UpstreamError, type UpstreamAnswer, type UpstreamClient } from '../upstream-client.ts';

export interface ForwardOptions {
  /** Origin of the CCSQM API (the simulator's own URL in simulator mode). */
  baseUrl: string;
  /** How failures name the other side: "CCSQM at https://..." or "The embedded simulator". */
  targetLabel: string;
  identity: CallerIdentity;
  tokens: TokenManager;
  client: UpstreamClient;
  /** The whole call, token wait and a 401 retry included, must finish within this. */
  timeoutMs: number;
}

/**
 * Sends the call with a token; after a 401 gets one new token and retries exactly once, then
 * hands a JSON answer back byte for byte (status, content type, body), so big ids survive. An
 * answer that is not JSON becomes a PROXY_UPSTREAM_NOT_JSON failure.
 */
export const forwardCall = (options: ForwardOptions): Step => {
  // Each endpoint's URL is built once; the upstream client parses each URL once.
  const urls = new Map<EndpointName, string>();
  const urlOf = (name: EndpointName) => {
    let url = urls.get(name);
    if (url === undefined) urls.set(name, (url = `${options.baseUrl}${endpointPath(name)}`));
    return url;
  };
  return async (ctx) => {
    const { route, body, cancellation } = ctx;
    if (route.kind !== 'call' || body === undefined) throw failures.internal();
    const url = urlOf(route.name);
    const send = (token: string) =>
      options.client.post(
        url,
        outgoingHeaders(options.identity, token, body.length),
        body,
        cancellation,
      );
    // Most calls find a usable token held: they need no await, promise or cancel listener for it.
    const waitForToken = () => untilCancelled(options.tokens.getToken(), cancellation, options);

    const clearTimer = cancellation.timeoutAfter(options.timeoutMs);
    try {
      const firstToken = options.tokens.heldToken() ?? (await waitForToken());
      let answer = await send(firstToken);
      if (answer.status === 401) {
        options.tokens.invalidate(firstToken);
        answer = await send(options.tokens.heldToken() ?? (await waitForToken()));
      }
      passThrough(ctx.res, answer, options.targetLabel);
    } catch (error) {
      throw asFailure(error, options);
    } finally {
      clearTimer();
    }
  };
};

function passThrough(res: ServerResponse, answer: UpstreamAnswer, target: string) {
  if (answer.status < 200 || answer.status > 599)
    throw failures.upstreamUnreachable(target, `HTTP ${answer.status}`);
  const { contentType } = answer;
  // An error page (HTML from a gateway, an empty 502) becomes our own JSON answer: the browser
  // gets a message it can show, and nothing of a page that might echo request headers (decision
  // 053).
  if (!isJson(answer.body)) {
    throw failures.upstreamNotJson(target, answer.status, describeBody(contentType, answer.body));
  }
  writeApiAnswer(res, answer.status, contentType, answer.body);
}

/** Whether the body is one JSON value. Big integers do not matter here: nothing is kept. */
function isJson(body: Buffer): boolean {
  try {
    JSON.parse(body.toString('utf8'));
    return true;
  } catch {
    return false;
  }
}

/** What the upstream sent, named by its type only: its text never reaches the browser. */
function describeBody(contentType: string | undefined, body: Buffer): string {
  if (body.length === 0) return 'an empty body';
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'text/html' || /^\s*</.test(body.subarray(0, 64).toString('latin1'))) {
    return 'an HTML page';
  }
  return /^[a-z0-9.+-]+\/[a-z0-9.+-]+$/.test(type) && type.length <= 64
    ? `a ${type} body that is not JSON`
    : 'a body that is not JSON';
}

function asFailure(error: unknown, options: ForwardOptions): unknown {
  if (!(error instanceof UpstreamError)) return error;
  switch (error.kind) {
    case 'timeout':
      return failures.timeout(options.targetLabel, options.timeoutMs);
    case 'too-large':
      return failures.upstreamAnswerTooLarge(options.targetLabel);
    case 'incomplete':
      return failures.upstreamBrokeOff(options.targetLabel);
    case 'aborted':
      return error; // the browser left; nobody is waiting for an answer
    default:
      return failures.upstreamUnreachable(options.targetLabel, error.code);
  }
}

/**
 * The shared token request keeps going for other callers; this caller stops when cancelled. A
 * timeout while waiting for the token is the token service's: nothing was sent to CCSQM.
 */
function untilCancelled<T>(
  promise: Promise<T>,
  cancellation: Cancellation,
  options: ForwardOptions,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const stopListening = cancellation.onCancel((reason) =>
      reject(
        reason === 'timeout'
          ? failures.tokenTimeout(options.timeoutMs)
          : new UpstreamError('aborted', 'aborted'),
      ),
    );
    promise.then(
      (value) => {
        stopListening();
        resolve(value);
      },
      (error: unknown) => {
        stopListening();
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
