import type { ServerResponse } from 'node:http';
import { API_ANSWER_HEADERS } from '../http/security-headers.ts';
import { JSON_CONTENT_TYPE } from '../../src/lib/contract/index.ts';
import { headerPairs, writeAnswer } from '../http/send-json.ts';

const API_ANSWER_PAIRS = headerPairs(API_ANSWER_HEADERS);

/**
 * No CORS permission is ever given: any Access-Control-* header an earlier middleware set (Vite's
 * cors, if someone turns it back on) is taken off (decision 050).
 */
function withoutCorsHeaders(res: ServerResponse): ServerResponse {
  for (const name of res.getHeaderNames()) {
    if (name.startsWith('access-control-')) res.removeHeader(name);
  }
  return res;
}

/** Every answer of the proxy, forwarded or its own, with the API answer headers (decision 051). */
export function writeApiAnswer(
  res: ServerResponse,
  status: number,
  contentType: string | undefined,
  body: Buffer | string,
  extraHeaders?: Readonly<Record<string, string>>,
): void {
  writeAnswer(withoutCorsHeaders(res), status, API_ANSWER_PAIRS, contentType, body, extraHeaders);
}

/** One JSON answer the proxy writes itself. */
export function writeApiJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  extraHeaders?: Readonly<Record<string, string>>,
): void {
  writeApiAnswer(res, status, JSON_CONTENT_TYPE, JSON.stringify(body), extraHeaders);
}
