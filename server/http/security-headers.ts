import { BASE_ANSWER_HEADERS } from './send-json.ts';

/**
 * Response headers that keep the console's pages and answers from being framed, sniffed, leaked
 * through the Referer or read by other origins (decision 051).
 */

const COMMON_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'same-origin',
  // Other origins may not even embed our answers (a <script src> of a JSON answer, for example).
  'Cross-Origin-Resource-Policy': 'same-origin',
  // frame-ancestors 'none' says it for current browsers; this header for older ones.
  'X-Frame-Options': 'DENY',
} as const;

/** On every answer of the proxy and /console-api: JSON, never a document. */
export const API_ANSWER_HEADERS = {
  ...BASE_ANSWER_HEADERS,
  ...COMMON_HEADERS,
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
} as const;

export interface AppPolicyOptions {
  /**
   * Dev server only: the nonce Vite puts on the scripts it injects into index.html (the React
   * refresh preamble is inline). The built app has no inline script and needs none.
   */
  scriptNonce?: string | undefined;
}

/**
 * The policy of the app itself. Scripts: our own files only, never inline, never eval (zod runs
 * jitless). Styles: Mantine writes <style> tags and style attributes, hence 'unsafe-inline' for
 * styles only.
 */
export function appContentSecurityPolicy({ scriptNonce }: AppPolicyOptions = {}): string {
  const directives: Array<[string, string]> = [
    ['default-src', "'self'"],
    ['script-src', scriptNonce === undefined ? "'self'" : `'self' 'nonce-${scriptNonce}'`],
    ['style-src', "'self' 'unsafe-inline'"],
    ['img-src', "'self' data:"],
    ['font-src', "'self' data:"],
    // 'self' also covers the dev server's HMR WebSocket on the same host and port (CSP 3).
    ['connect-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'self'"],
    ['frame-ancestors', "'none'"],
  ];
  return directives.map(([name, value]) => `${name} ${value}`).join('; ');
}

/** Headers on everything the dev or preview server serves: HTML, scripts, styles, images. */
export function appSecurityHeaders(options: AppPolicyOptions = {}): Record<string, string> {
  return { ...COMMON_HEADERS, 'Content-Security-Policy': appContentSecurityPolicy(options) };
}
