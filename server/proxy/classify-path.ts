import path from 'node:path';
import { API_PREFIX, findEndpoint, type EndpointName } from '../../src/lib/contract/index.ts';
import { pathOf } from '../http/path-of.ts';
import { failures, type ProxyFailure } from './proxy-failure.ts';

/**
 * Which requests the console server answers, and how (decision 013):
 * - exactly `${API_PREFIX}/<group>/<name>` for a call in ENDPOINTS is a call; the query string is
 *   dropped, and the path forwarded is rebuilt from the registry, never copied from the request;
 * - `/console-api/...` is the console server's own small API;
 * - anything else that is, or after decoding and normalising would be, under /apiaccess,
 *   /apigovernance or /console-api is refused: 403 when the path is disguised (percent-encoding,
 *   dot segments, double or back slashes), 404 when it is a plain path we do not forward;
 * - everything else is not ours (Vite serves the app).
 */

export type RouteDecision =
  | { kind: 'not-ours' }
  | { kind: 'call'; name: EndpointName }
  | { kind: 'console-api'; name: string }
  | { kind: 'refused'; failure: ProxyFailure };

export const CONSOLE_API_PREFIX = '/console-api/';

const RESERVED_PREFIXES = ['/apiaccess', '/apigovernance', '/console-api'];
const CALL_PATH = new RegExp(
  `^${API_PREFIX.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/([A-Za-z]+/[A-Za-z]+)$`,
);
/** Plain path: no %-escapes, backslashes, empty or dot segments. */
const PLAIN_PATH = /^(\/[A-Za-z0-9_-]+)+\/?$/;

export function classifyPath(rawUrl: string): RouteDecision {
  const rawPath = pathOf(rawUrl);

  const call = CALL_PATH.exec(rawPath);
  const name = call?.[1] === undefined ? undefined : findEndpoint(call[1]);
  if (name !== undefined) return { kind: 'call', name };

  if (!isReserved(rawPath)) return { kind: 'not-ours' };
  if (!PLAIN_PATH.test(rawPath)) return { kind: 'refused', failure: failures.pathRefused() };
  if (rawPath.startsWith(CONSOLE_API_PREFIX)) {
    return { kind: 'console-api', name: rawPath.slice(CONSOLE_API_PREFIX.length) };
  }
  return { kind: 'refused', failure: failures.unknownCall() };
}

/** Under a reserved prefix as written, or once decoded and normalised the way a server might. */
function isReserved(rawPath: string): boolean {
  return [rawPath, normalise(rawPath)].some((candidate) => {
    const lower = candidate.toLowerCase();
    // "/apiaccess" followed by anything but a name character ("/", "\\", "%", ...) is ours.
    return RESERVED_PREFIXES.some(
      (prefix) => lower.startsWith(prefix) && !/^[a-z0-9_-]/.test(lower.slice(prefix.length)),
    );
  });
}

function normalise(rawPath: string): string {
  let decoded = rawPath;
  for (let i = 0; i < 3; i++) {
    let next: string;
    try {
      next = decodeURIComponent(decoded);
    } catch {
      break;
    }
    if (next === decoded) break;
    decoded = next;
  }
  return path.posix.normalize(`/${decoded.replace(/\\/g, '/')}`);
}
