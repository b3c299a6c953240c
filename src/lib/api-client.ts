import {
  ENDPOINTS,
  endpointPath,
  isSuccessCode,
  parseLosslessJson,
  type AnswerOf,
  type EndpointName,
  type RequestOf,
} from '@/lib/contract';

/**
 * The one way the browser talks to CCSQM: same-origin POSTs to the proxy, which adds the
 * credentials. The body text is built by `serializeRequest`, so the preview can show exactly the
 * bytes that are sent.
 */

export const JSON_CONTENT_TYPE = 'application/json; charset=UTF-8';

/** The exact request body text for a call: what the preview shows and what fetch sends. */
export function serializeRequest<N extends EndpointName>(_name: N, body: RequestOf<N>): string {
  return JSON.stringify(body, null, 2);
}

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

export type ApiError = BusinessError | HttpError | NetworkError;

export const isApiError = (error: unknown): error is ApiError =>
  error instanceof BusinessError || error instanceof HttpError || error instanceof NetworkError;

export async function callApi<N extends EndpointName>(
  name: N,
  body: RequestOf<N>,
  options: { signal?: AbortSignal } = {},
): Promise<AnswerOf<N>> {
  return sendRaw(name, serializeRequest(name, body), options);
}

/** Sends an already-serialized body, e.g. the exact text the preview showed. */
export async function sendRaw<N extends EndpointName>(
  name: N,
  bodyText: string,
  options: { signal?: AbortSignal } = {},
): Promise<AnswerOf<N>> {
  let response: Response;
  try {
    response = await fetch(endpointPath(name), {
      method: 'POST',
      headers: { 'Content-Type': JSON_CONTENT_TYPE, Accept: 'application/json' },
      body: bodyText,
      credentials: 'same-origin',
      signal: options.signal ?? null,
    });
  } catch (error) {
    throw new NetworkError(error instanceof Error ? error.message : String(error));
  }

  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    throw new NetworkError(error instanceof Error ? error.message : String(error));
  }
  const json = tryParse(text);

  if (!response.ok) {
    const desc =
      readResultField(json, 'resultDesc') ?? (text.trim().slice(0, 200) || response.statusText);
    throw new HttpError(response.status, readResultField(json, 'resultCode'), desc);
  }
  const parsed = ENDPOINTS[name].answer.safeParse(json);
  if (!parsed.success) {
    throw new HttpError(response.status, undefined, 'The server answered in an unexpected format.');
  }
  const answer = parsed.data as AnswerOf<N>;
  const { resultCode, resultDesc } = answer as { resultCode: string; resultDesc?: string };
  if (!isSuccessCode(ENDPOINTS[name].group, resultCode)) {
    throw new BusinessError(resultCode, resultDesc ?? '');
  }
  return answer;
}

function tryParse(text: string): unknown {
  try {
    return parseLosslessJson(text);
  } catch {
    return undefined;
  }
}

function readResultField(json: unknown, key: 'resultCode' | 'resultDesc'): string | undefined {
  if (typeof json !== 'object' || json === null) return undefined;
  const value = (json as Record<string, unknown>)[key];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}
