import {
  JSON_CONTENT_TYPE,
  parseLosslessJson,
  tokenAnswerSchema,
} from '../../src/lib/contract/index.ts';
import { Cancellation } from './cancellation.ts';
import { failures } from './proxy-failure.ts';
import { UpstreamError, type UpstreamClient } from './upstream-client.ts';

/**
 * Holds one tokenByAkSk token (cec_07_0002) for all calls. Policy (decision 012):
 * - keep it until `expiry - margin`, margin = 10% of its lifetime, at most 60 s;
 * - expiry is CreateTime + Expires when CreateTime is within 5 minutes of our clock, otherwise
 *   (a skewed upstream clock) our own send time + Expires; never later than send time + Expires;
 * - only one token request at a time: concurrent callers wait for the same one;
 * - after a 401 the caller invalidates the token it used and asks again (one retry, theirs).
 */

export const MAX_RENEW_MARGIN_MS = 60_000;
export const RENEW_MARGIN_FRACTION = 0.1;
export const CLOCK_SKEW_TOLERANCE_S = 300;

export interface TokenManagerOptions {
  tokenUrl: string;
  appKey: string;
  appSecret: string;
  expireSeconds: number;
  timeoutMs: number;
  client: UpstreamClient;
  /** Epoch ms. */
  now?: () => number;
}

interface HeldToken {
  token: string;
  usableUntilMs: number;
}

/** A token can only go into a header if it is printable ASCII without spaces. */
const HEADER_SAFE = /^[\x21-\x7e]+$/;

export class TokenManager {
  private held: HeldToken | undefined;
  private inFlight: Promise<string> | undefined;
  private readonly now: () => number;
  /** How many token requests were sent (tests count them). */
  requestCount = 0;

  constructor(private readonly options: TokenManagerOptions) {
    this.now = options.now ?? Date.now;
  }

  /** The token held now, if it is still usable: callers skip the wait (most calls). */
  heldToken(): string | undefined {
    return this.held !== undefined && this.now() < this.held.usableUntilMs
      ? this.held.token
      : undefined;
  }

  getToken(): Promise<string> {
    const held = this.heldToken();
    if (held !== undefined) return Promise.resolve(held);
    this.inFlight ??= this.requestToken().finally(() => {
      this.inFlight = undefined;
    });
    return this.inFlight;
  }

  /** Forget `token` if it is still the one held (a newer one may already have replaced it). */
  invalidate(token: string): void {
    if (this.held?.token === token) this.held = undefined;
  }

  private async requestToken(): Promise<string> {
    const { tokenUrl, appKey, appSecret, expireSeconds, timeoutMs, client } = this.options;
    const body = Buffer.from(JSON.stringify({ app_key: appKey, app_secret: appSecret }));
    const sentAtMs = this.now();
    this.requestCount++;
    let answer;
    const cancellation = new Cancellation();
    const clearTimer = cancellation.timeoutAfter(timeoutMs);
    try {
      answer = await client.post(
        tokenUrl,
        [
          'Content-Type',
          JSON_CONTENT_TYPE,
          'Content-Length',
          String(body.length),
          'Accept',
          'application/json',
          'X-Token-Expire',
          String(expireSeconds),
        ],
        body,
        cancellation,
      );
    } catch (error) {
      if (error instanceof UpstreamError && error.kind === 'timeout') {
        throw failures.tokenTimeout(timeoutMs);
      }
      throw failures.tokenUnreachable(error instanceof UpstreamError ? error.code : 'error');
    } finally {
      clearTimer();
    }
    if (answer.status < 200 || answer.status > 299) throw failures.tokenRejected(answer.status);

    const parsed = tokenAnswerSchema.safeParse(safeJson(answer.body.toString('utf8')));
    if (!parsed.success || !HEADER_SAFE.test(parsed.data.AccessToken)) {
      throw failures.tokenInvalid();
    }
    const { AccessToken, CreateTime, Expires } = parsed.data;
    const usableUntilMs = usableUntil(CreateTime, Expires, sentAtMs);
    if (usableUntilMs <= this.now()) throw failures.tokenExpired();
    this.held = { token: AccessToken, usableUntilMs };
    return AccessToken;
  }
}

/** When to stop using a token, in epoch ms of our clock (see the policy above). */
export function usableUntil(createTime: number, expires: number, sentAtMs: number): number {
  const sentAt = sentAtMs / 1000;
  const trustCreateTime = Math.abs(createTime - sentAt) <= CLOCK_SKEW_TOLERANCE_S;
  const issuedAt = trustCreateTime ? Math.min(createTime, sentAt) : sentAt;
  const margin = Math.min(MAX_RENEW_MARGIN_MS, expires * 1000 * RENEW_MARGIN_FRACTION);
  return (issuedAt + expires) * 1000 - margin;
}

function safeJson(text: string): unknown {
  try {
    return parseLosslessJson(text);
  } catch {
    return undefined;
  }
}
