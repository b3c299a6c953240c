import {
  ENDPOINTS,
  JSON_CONTENT_TYPE,
  endpointPath,
  isSuccessCode,
  parseLosslessJson,
  type AnswerOf,
  type EndpointName,
  type RequestOf,
} from '@/lib/contract';
import { BusinessError, HttpError, toNetworkError } from './api-errors';

/**
 * The one way the browser talks to CCSQM: same-origin POSTs to the proxy, which adds the
 * credentials. The body text is built by `serializeRequest`, so the preview can show exactly the
 * bytes that are sent.
 */

/** The exact request body text for a call: what the preview shows and what fetch sends. */
export function serializeRequest<N extends EndpointName>(_name: N, body: RequestOf<N>): string {
  return JSON.stringify(body, null, 2);
}

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
    throw toNetworkError(error);
  }

  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    throw toNetworkError(error);
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
