import type { IncomingMessage } from 'node:http';

/**
 * The access log's line for one request: method, path (no query), status or `aborted`, duration.
 * Never headers or bodies, so no token or secret can reach the log.
 */
export function accessLine(req: IncomingMessage, outcome: number | 'aborted', ms: number): string {
  const path = req.url ?? '';
  const queryAt = path.indexOf('?');
  return `${printable(req.method ?? '?', 10)} ${printable(queryAt === -1 ? path : path.slice(0, queryAt), 160)} ${outcome} ${Math.round(ms)}ms`;
}

const NOT_PRINTABLE = /[^\x20-\x7e]/g;

/** Keeps a log line one line, short, and free of control characters. */
function printable(text: string, max: number): string {
  const clean = text.replace(NOT_PRINTABLE, '?');
  return clean.length > max ? `${clean.slice(0, max)}...` : clean;
}
