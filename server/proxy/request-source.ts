import type { IncomingHttpHeaders } from 'node:http';

/**
 * Whether a request shows it comes from the console's own pages (decision 050). A browser marks
 * every request with Sec-Fetch-Site and, for a POST, with Origin; a page of another origin can
 * make the browser send a request but cannot change those two headers.
 * - Sec-Fetch-Site, when sent, must be `same-origin` (or `none`: typed by the user, which no page
 *   can cause). `same-site` is refused: another port on localhost is the same site.
 * - Origin, when sent, must be this server's own origin: the same host and port as the Host
 *   header. `null` (sandboxed frames, file: pages) is refused.
 * - Neither header: not a browser (curl, a script), so not a cross-site request; it passes.
 */
export function comesFromOwnPages(headers: IncomingHttpHeaders): boolean {
  const site = single(headers['sec-fetch-site']);
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return false;
  const origin = single(headers.origin);
  return origin === undefined || isOwnOrigin(origin, single(headers.host));
}

function isOwnOrigin(origin: string, host: string | undefined): boolean {
  if (host === undefined) return false;
  let url: URL;
  let own: URL;
  try {
    url = new URL(origin);
    // The Host header read with the Origin's scheme, so default ports compare equal.
    own = new URL(`${url.protocol}//${host}`);
  } catch {
    return false; // "null", or not an origin at all
  }
  return (
    (url.protocol === 'http:' || url.protocol === 'https:') &&
    url.origin === origin.toLowerCase() &&
    url.host === own.host
  );
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(', ') : value;
}
