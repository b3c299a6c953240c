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

const ALWAYS_ALLOWED_NAMES = ['localhost', '.localhost'] as const;

/** host, [v6], host:port or [v6]:port; nothing else. */
const HOST_HEADER = /^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9._-]+)(?::(\d{1,5}))?$/;

type HostName = { kind: 'address' } | { kind: 'name'; name: string };

/** The name part of a Host header, or undefined when it is not a well-formed host. */
function parseHostHeader(host: string): HostName | undefined {
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
 * The check for one server: `allowed` holds names and `.domain` patterns (any case), lowered and
 * deduplicated once here, not per request. A request without a Host header is not a browser's
 * (HTTP/1.1 browsers always send it), so it cannot be a rebinding attack and passes.
 */
export function hostAllowList(allowed: readonly string[]): (host: string | undefined) => boolean {
  const patterns = [...new Set([...ALWAYS_ALLOWED_NAMES, ...allowed].map((p) => p.toLowerCase()))];
  const exact = new Set(patterns.filter((p) => !p.startsWith('.')));
  const domains = patterns.filter((p) => p.startsWith('.'));
  // Nearly every request carries the same Host as the one before: that one is not parsed again.
  let lastAllowed: string | undefined;
  return (host) => {
    if (host === undefined || host === lastAllowed) return true;
    const parsed = parseHostHeader(host);
    if (parsed === undefined) return false;
    const { kind } = parsed;
    const allowed =
      kind === 'address' ||
      exact.has(parsed.name) ||
      domains.some((d) => parsed.name === d.slice(1) || parsed.name.endsWith(d));
    if (allowed) lastAllowed = host;
    return allowed;
  };
}
