import type { IncomingMessage } from 'node:http';
import { pathOf } from './path-of.ts';

/**
 * The access log's line for one request: method, path (no query), status or `aborted`, duration.
 * Never headers or bodies, so no token or secret can reach the log.
 */
export function accessLine(req: IncomingMessage, outcome: number | 'aborted', ms: number): string {
  return `${printable(req.method ?? '?', 10)} ${printable(pathOf(req.url ?? ''), 160)} ${outcome} ${Math.round(ms)}ms`;
}

const NOT_PRINTABLE = /[^\x20-\x7e]/g;

/** Keeps a log line one line, short, and free of control characters. */
function printable(text: string, max: number): string {
  const clean = text.replace(NOT_PRINTABLE, '?');
  return clean.length > max ? `${clean.slice(0, max)}...` : clean;
}
