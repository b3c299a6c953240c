import { BASE_ANSWER_HEADERS } from '../../http/send-json.ts';
import type { Step } from '../pipeline.ts';

/** Headers on every answer the console server gives, forwarded or its own. */
export const securityHeaders: Step = async (ctx, next) => {
  for (const [name, value] of Object.entries(BASE_ANSWER_HEADERS)) ctx.res.setHeader(name, value);
  await next();
};
