import { JSON_CONTENT_TYPE } from '../../src/lib/contract/index.ts';

/**
 * `application/json`, optionally with `charset=utf-8` (any case, quoted or not). What both the
 * proxy and the simulator accept as a request body's type: a browser can only send it from a
 * page with fetch, never with a plain <form>, so it doubles as a cross-site guard (decision 050).
 */
export function isJsonContentType(value: string | undefined): boolean {
  if (value === undefined) return false;
  // What our pages and the proxy send, taken without parsing.
  if (value === JSON_CONTENT_TYPE) return true;
  const [type, ...params] = value.split(';').map((part) => part.trim().toLowerCase());
  if (type !== 'application/json') return false;
  return params.every((p) => !p.startsWith('charset=') || /^charset="?utf-?8"?$/.test(p));
}
