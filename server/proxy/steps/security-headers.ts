import { API_ANSWER_HEADERS } from '../../http/security-headers.ts';
import type { Step } from '../pipeline.ts';

/**
 * Headers on every answer the console server gives, forwarded or its own. No CORS permission is
 * ever given: any Access-Control-* header an earlier middleware set (Vite's cors, if someone turns
 * it back on) is taken off (decision 050).
 */
export const securityHeaders: Step = async (ctx, next) => {
  for (const name of ctx.res.getHeaderNames()) {
    if (name.startsWith('access-control-')) ctx.res.removeHeader(name);
  }
  for (const [name, value] of Object.entries(API_ANSWER_HEADERS)) ctx.res.setHeader(name, value);
  await next();
};
