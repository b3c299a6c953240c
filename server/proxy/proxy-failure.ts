/**
 * Every answer the proxy writes itself, instead of CCSQM's: an HTTP status, a stable resultCode
 * the browser can branch on, and a resultDesc a person can act on. None ever carries a secret.
 */
export class ProxyFailure extends Error {
  constructor(
    readonly status: number,
    readonly resultCode: string,
    readonly resultDesc: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(`${resultCode}: ${resultDesc}`);
    this.name = 'ProxyFailure';
  }
}

const NOTHING_SENT = 'Nothing was sent to CCSQM.';
const MAYBE_APPLIED =
  'If it was a change, it may or may not have been applied: reload the list before trying again.';

export const failures = {
  pathRefused: () =>
    new ProxyFailure(
      403,
      'PROXY_PATH_REFUSED',
      `This path is refused: CCSQM calls must be plain paths (no encoded characters, "." or ".." segments, double or back slashes). ${NOTHING_SENT}`,
    ),
  unknownCall: () =>
    new ProxyFailure(
      404,
      'PROXY_UNKNOWN_CALL',
      `The console forwards only the CCSQM calls it knows, and this is not one of them. ${NOTHING_SENT}`,
    ),
  methodNotAllowed: (allow: string) =>
    new ProxyFailure(
      403,
      'PROXY_METHOD_NOT_ALLOWED',
      `Use ${allow} for this path. ${NOTHING_SENT}`,
      { Allow: allow },
    ),
  hostRefused: () =>
    new ProxyFailure(
      403,
      'PROXY_HOST_REFUSED',
      `This console answers only under its own host names (localhost, a loopback or IP address, or a name in CCSQM_ALLOWED_HOSTS). ${NOTHING_SENT} If you reach it under another name on purpose, add that name to CCSQM_ALLOWED_HOSTS.`,
    ),
  crossSiteRefused: () =>
    new ProxyFailure(
      403,
      'PROXY_CROSS_SITE_REFUSED',
      `The console answers only requests from its own pages: this one came from another site or origin. ${NOTHING_SENT}`,
    ),
  unsupportedMediaType: () =>
    new ProxyFailure(
      415,
      'PROXY_UNSUPPORTED_MEDIA_TYPE',
      `CCSQM calls must be sent with Content-Type: application/json (UTF-8). ${NOTHING_SENT}`,
    ),
  consoleApiNotFound: () =>
    new ProxyFailure(404, 'CONSOLE_API_NOT_FOUND', 'The console server has no such endpoint.'),
  bodyTooLarge: () =>
    new ProxyFailure(
      413,
      'PROXY_BODY_TOO_LARGE',
      `The request is larger than 1 MiB. ${NOTHING_SENT} Shorten it (for example fewer agent ids) and send again.`,
    ),
  bodyUnreadable: () =>
    new ProxyFailure(
      400,
      'PROXY_BAD_REQUEST',
      `The request body did not arrive completely. ${NOTHING_SENT} Send it again.`,
    ),
  timeout: (target: string, ms: number) =>
    new ProxyFailure(
      504,
      'PROXY_TIMEOUT',
      `${target} did not answer within ${ms} ms. ${MAYBE_APPLIED} If this keeps happening, check the service, or raise CCSQM_TIMEOUT_MS.`,
    ),
  upstreamUnreachable: (target: string, code: string) =>
    new ProxyFailure(
      502,
      'PROXY_UPSTREAM_UNREACHABLE',
      `The connection to ${target} failed (${code}). Check CCSQM_BASE_URL and the network, then try again. ${MAYBE_APPLIED}`,
    ),
  upstreamBrokeOff: (target: string) =>
    new ProxyFailure(
      502,
      'PROXY_UPSTREAM_BROKE_OFF',
      `${target} started to answer, but the connection broke off before the answer was complete. ${MAYBE_APPLIED}`,
    ),
  /** `what` describes the body without quoting it (decision 053), e.g. "an HTML page". */
  upstreamNotJson: (target: string, status: number, what: string) =>
    new ProxyFailure(
      status >= 400 && status <= 599 ? status : 502,
      'PROXY_UPSTREAM_NOT_JSON',
      `${target} answered HTTP ${status} with ${what} instead of JSON. ${notJsonAdvice(status)}`,
    ),
  upstreamAnswerTooLarge: (target: string) =>
    new ProxyFailure(
      502,
      'PROXY_UPSTREAM_ANSWER_TOO_LARGE',
      `${target} sent an answer larger than the console accepts. Ask for a smaller page.`,
    ),
  tokenUnreachable: (code: string) =>
    new ProxyFailure(
      502,
      'PROXY_TOKEN_UNREACHABLE',
      `The token service (tokenByAkSk) could not be reached (${code}). ${NOTHING_SENT} Check CCSQM_TOKEN_URL or CCSQM_BASE_URL and the network.`,
    ),
  tokenTimeout: (ms: number) =>
    new ProxyFailure(
      504,
      'PROXY_TOKEN_TIMEOUT',
      `The token service (tokenByAkSk) did not answer within ${ms} ms. ${NOTHING_SENT} Try again; if it keeps happening, check CCSQM_TOKEN_URL or raise CCSQM_TIMEOUT_MS.`,
    ),
  tokenRejected: (status: number) =>
    new ProxyFailure(
      502,
      'PROXY_TOKEN_REJECTED',
      `The token service (tokenByAkSk) refused with HTTP ${status}. ${NOTHING_SENT} Check CCSQM_APP_KEY and CCSQM_APP_SECRET${status === 401 || status === 403 ? '' : ', and CCSQM_TOKEN_URL'}.`,
    ),
  tokenInvalid: () =>
    new ProxyFailure(
      502,
      'PROXY_TOKEN_INVALID',
      `The token service (tokenByAkSk) answered something that is not a token. ${NOTHING_SENT} Check CCSQM_TOKEN_URL.`,
    ),
  tokenExpired: () =>
    new ProxyFailure(
      502,
      'PROXY_TOKEN_EXPIRED',
      `The token service (tokenByAkSk) handed out a token that is already expired. ${NOTHING_SENT} Check this server's clock and CCSQM_TOKEN_EXPIRE.`,
    ),
  internal: () =>
    new ProxyFailure(
      500,
      'PROXY_INTERNAL_ERROR',
      'The console server failed unexpectedly. Try again; if it keeps happening, see the server log.',
    ),
};

function notJsonAdvice(status: number): string {
  if (status >= 500) {
    return `The service, or a gateway in front of it, has a problem: try again later. ${MAYBE_APPLIED}`;
  }
  if (status === 401 || status === 403) {
    return 'The call was refused: check CCSQM_APP_KEY, CCSQM_USER_ID and what the app may do.';
  }
  return `Check CCSQM_BASE_URL: it may point to something other than the CCSQM API (for example a login page). ${MAYBE_APPLIED}`;
}
