import type { Step } from '../pipeline.ts';
import { failures } from '../proxy-failure.ts';

/** Refused paths stop here; listed calls must be POST. Nothing refused is ever forwarded. */
export const onlyListedCalls: Step = (ctx, next) => {
  if (ctx.route.kind === 'refused') throw ctx.route.failure;
  if (ctx.route.kind !== 'call') throw failures.unknownCall();
  if (ctx.req.method !== 'POST') throw failures.methodNotAllowed('POST');
  return next();
};
