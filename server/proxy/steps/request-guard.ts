import { isJsonContentType } from '../../http/content-type.ts';
import { hostAllowList } from '../allowed-hosts.ts';
import type { Step } from '../pipeline.ts';
import { failures } from '../proxy-failure.ts';
import { comesFromOwnPages } from '../request-source.ts';

/**
 * Refuses, before anything is read or forwarded, what did not come from the console's own pages
 * under one of its own host names (decisions 050 and 052):
 * - a foreign Host (DNS rebinding): 403 PROXY_HOST_REFUSED;
 * - another origin or site (CSRF), a CORS preflight included: 403 PROXY_CROSS_SITE_REFUSED;
 * - a call that is not declared JSON (what a plain <form> could send): 415.
 */
export function requestGuard(allowedHosts: readonly string[]): Step {
  const isAllowedHost = hostAllowList(allowedHosts);
  return (ctx, next) => {
    const { headers, method } = ctx.req;
    if (!isAllowedHost(headers.host)) throw failures.hostRefused();
    if (!comesFromOwnPages(headers)) throw failures.crossSiteRefused();
    if (ctx.route.kind === 'call' && method === 'POST') {
      if (!isJsonContentType(headers['content-type'])) throw failures.unsupportedMediaType();
    }
    return next();
  };
}
