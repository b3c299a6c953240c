import type { ServerResponse } from 'node:http';
import { JSON_CONTENT_TYPE } from '../../src/lib/contract/index.ts';

/** Headers every answer we write ourselves carries: never cached, never sniffed as HTML. */
export const BASE_ANSWER_HEADERS = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
} as const;

/** A header set as name/value pairs, the form writeAnswer takes; build it once, not per answer. */
export const headerPairs = (headers: Readonly<Record<string, string>>): readonly string[] =>
  Object.entries(headers).flat();

const BASE_ANSWER_PAIRS = headerPairs(BASE_ANSWER_HEADERS);

/**
 * Writes one answer: the header set, any extra headers (names not already in the set), the
 * body's type and length, the body. All headers go to writeHead as one array, so Node writes them
 * without a setHeader per header (decision 065).
 *
 * If an answer was already started (a failure after the headers went out), the only honest thing
 * left is to cut the connection so the client sees an error.
 */
export function writeAnswer(
  res: ServerResponse,
  status: number,
  headers: readonly string[],
  contentType: string | undefined,
  body: Buffer | string,
  extraHeaders: Readonly<Record<string, string>> = {},
): void {
  if (res.headersSent || res.writableEnded) {
    if (!res.writableEnded) res.destroy();
    return;
  }
  const all = headers.slice();
  for (const name in extraHeaders) all.push(name, extraHeaders[name] as string);
  if (contentType !== undefined) all.push('Content-Type', contentType);
  all.push(
    'Content-Length',
    String(typeof body === 'string' ? Buffer.byteLength(body) : body.length),
  );
  res.writeHead(status, all);
  res.end(body);
}

/** One JSON answer with the base headers. */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  extraHeaders?: Readonly<Record<string, string>>,
): void {
  writeAnswer(
    res,
    status,
    BASE_ANSWER_PAIRS,
    JSON_CONTENT_TYPE,
    JSON.stringify(body),
    extraHeaders,
  );
}
