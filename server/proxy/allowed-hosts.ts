import net from 'node:net';

/**
 * Which Host headers the console server answers (decision 052), the same rule as Vite's
 * `allowedHosts`, so the app and its API agree:
 * - an IP address (v4, or v6 in brackets): DNS rebinding needs a name, so an address is safe;
 * - `localhost` and `*.localhost`: browsers resolve them to loopback themselves, without DNS;
 * - a name listed (CCSQM_ALLOWED_HOSTS, Vite's allowedHosts), exactly, or `.example.com` for
 *   that domain and every name under it.
 * Anything else (a rebinding attacker's name, a malformed Host) is refused.
 */

export const ALWAYS_ALLOWED_NAMES = ['localhost', '.localhost'] as const;

/** host, [v6], host:port or [v6]:port; nothing else. */
const HOST_HEADER = /^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9._-]+)(?::(\d{1,5}))?$/;

export type HostName = { kind: 'address' } | { kind: 'name'; name: string };

/** The name part of a Host header, or undefined when it is not a well-formed host. */
export function parseHostHeader(host: string): HostName | undefined {
  const match = HOST_HEADER.exec(host.trim());
  const hostPart = match?.[1];
  if (hostPart === undefined) return undefined;
  if (hostPart.startsWith('[')) {
    return net.isIPv6(hostPart.slice(1, -1)) ? { kind: 'address' } : undefined;
  }
  if (net.isIPv4(hostPart)) return { kind: 'address' };
  return { kind: 'name', name: hostPart.toLowerCase() };
}

/**
 * `allowed` holds names and `.domain` patterns (lower or upper case). A request without a Host
 * header is not a browser's (HTTP/1.1 browsers always send it), so it cannot be a rebinding
 * attack and passes.
 */
export function isAllowedHost(host: string | undefined, allowed: readonly string[]): boolean {
  if (host === undefined) return true;
  const parsed = parseHostHeader(host);
  if (parsed === undefined) return false;
  if (parsed.kind === 'address') return true;
  const { name } = parsed;
  return [...ALWAYS_ALLOWED_NAMES, ...allowed].some((pattern) => {
    const lower = pattern.toLowerCase();
    return lower.startsWith('.') ? name === lower.slice(1) || name.endsWith(lower) : name === lower;
  });
}
