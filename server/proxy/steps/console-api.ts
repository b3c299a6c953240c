import type { Step } from '../pipeline.ts';
import { failures } from '../proxy-failure.ts';
import { writeApiJson } from '../write-answer.ts';

export interface UpstreamInfo {
  mode: 'simulator' | 'upstream';
  /** The upstream origin, for the browser's badge; null in simulator mode. Never a secret. */
  baseUrl: string | null;
}

/** GET /console-api/upstream: which backend this console talks to. */
export const consoleApi =
  (info: UpstreamInfo): Step =>
  (ctx, next) => {
    if (ctx.route.kind !== 'console-api') return next();
    if (ctx.route.name !== 'upstream') throw failures.consoleApiNotFound();
    if (ctx.req.method !== 'GET' && ctx.req.method !== 'HEAD') {
      throw failures.methodNotAllowed('GET');
    }
    writeApiJson(ctx.res, 200, { mode: info.mode, baseUrl: info.baseUrl });
    return Promise.resolve();
  };
