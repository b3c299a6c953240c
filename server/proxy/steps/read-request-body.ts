import { MAX_BODY_BYTES, readBody } from '../../http/read-body.ts';
import type { Step } from '../pipeline.ts';
import { failures } from '../proxy-failure.ts';

/** Buffers the body (it is resent after a 401), refusing it past 1 MiB while it streams in. */
export const readRequestBody: Step = async (ctx, next) => {
  const result = await readBody(ctx.req, MAX_BODY_BYTES);
  if (!result.ok) {
    throw result.reason === 'too-large' ? failures.bodyTooLarge() : failures.bodyUnreadable();
  }
  ctx.body = result.body;
  await next();
};
