/**
 * What a CCSQM call can fail with. Kept apart from the client so code that only reacts to
 * failures (the query client, the shell's badge) does not pull the contract and zod into the
 * first load.
 */

/** The upstream answered, but said no (HTTP 200 with a failure resultCode). */
export class BusinessError extends Error {
  readonly kind = 'business';
  constructor(
    readonly resultCode: string,
    readonly resultDesc: string,
  ) {
    super(`${resultCode}: ${resultDesc}`);
    this.name = 'BusinessError';
  }
}

/** A plain HTTP failure (4xx/5xx), from the proxy or the upstream. */
export class HttpError extends Error {
  readonly kind = 'http';
  constructor(
    readonly status: number,
    readonly resultCode: string | undefined,
    readonly resultDesc: string,
  ) {
    super(`HTTP ${status}: ${resultDesc}`);
    this.name = 'HttpError';
  }
}

/** The request never got an answer (offline, connection dropped, aborted). */
export class NetworkError extends Error {
  readonly kind = 'network';
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'NetworkError';
  }
}

/** What a failed fetch (or reading its body) threw, as the NetworkError callers handle. */
export const toNetworkError = (error: unknown): NetworkError =>
  new NetworkError(error instanceof Error ? error.message : String(error));
