import type { ServerResponse } from 'node:http';
import { API_ANSWER_HEADERS } from '../http/security-headers.ts';
import { JSON_CONTENT_TYPE } from '../http/send-json.ts';

/** API_ANSWER_HEADERS as name/value pairs, built once. */
const ANSWER_HEADER_PAIRS: readonly string[] = Object.entries(API_ANSWER_HEADERS).flat();

/**
 * Writes one answer of the proxy, forwarded or its own: the API answer headers (decision 051),
 * the body's type and length, the body. The headers go to writeHead as one array, so Node writes
 * them without a setHeader per header (decision 065). No CORS permission is ever given: any
 * Access-Control-* header an earlier middleware set (Vite's cors, if someone turns it back on) is
 * taken off (decision 050).
 *
 * If an answer was already started (a failure after the headers went out), the only honest thing
 * left is to cut the connection so the client sees an error.
 */
export function writeAnswer(
  res: ServerResponse,
  status: number,
  contentType: string | undefined,
  body: Buffer | string,
  extraHeaders: Readonly<Record<string, string>> = {},
): void {
  if (res.headersSent || res.writableEnded) {
    if (!res.writableEnded) res.destroy();
    return;
  }
  for (const name of res.getHeaderNames()) {
    if (name.startsWith('access-control-')) res.removeHeader(name);
  }
  const headers = ANSWER_HEADER_PAIRS.slice();
  for (const name in extraHeaders) headers.push(name, extraHeaders[name] as string);
  if (contentType !== undefined) headers.push('Content-Type', contentType);
  headers.push(
    'Content-Length',
    String(typeof body === 'string' ? Buffer.byteLength(body) : body.length),
  );
  res.writeHead(status, headers);
  res.end(body);
}

/** One JSON answer the proxy writes itself. */
export function writeJsonAnswer(
  res: ServerResponse,
  status: number,
  body: unknown,
  extraHeaders?: Readonly<Record<string, string>>,
): void {
  writeAnswer(res, status, JSON_CONTENT_TYPE, JSON.stringify(body), extraHeaders);
}
