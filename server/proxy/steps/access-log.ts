import type { Step } from '../pipeline.ts';

/**
 * One short line per request: method, path (no query), status, duration. Never headers or
 * bodies, so no token or secret can reach the log.
 */
export const accessLog =
  (log: (line: string) => void): Step =>
  async (ctx, next) => {
    const started = performance.now();
    ctx.res.once('close', () => {
      const status = ctx.res.writableFinished ? String(ctx.res.statusCode) : 'aborted';
      log(
        `${printable(ctx.req.method ?? '?', 10)} ${printable((ctx.req.url ?? '').split('?')[0] ?? '', 160)} ${status} ${Math.round(performance.now() - started)}ms`,
      );
    });
    await next();
  };

/** Keeps a log line one line, short, and free of control characters. */
function printable(text: string, max: number): string {
  const clean = text.replace(/[^\x20-\x7e]/g, '?');
  return clean.length > max ? `${clean.slice(0, max)}...` : clean;
}
