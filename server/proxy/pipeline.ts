import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Cancellation } from './cancellation.ts';
import type { RouteDecision } from './classify-path.ts';

/** One request the console server answers itself (everything else goes on to Vite). */
export interface ProxyContext {
  req: IncomingMessage;
  res: ServerResponse;
  route: Exclude<RouteDecision, { kind: 'not-ours' }>;
  /** Cancelled when the browser goes away before its answer is complete, or the call's time is up. */
  cancellation: Cancellation;
  /** Set by readRequestBody for calls. */
  body?: Buffer;
}

/**
 * A step does its part and calls `next` to go on, or answers and stops. Steps run in the order of
 * the list in create-proxy.ts, the place to add a check before a call is forwarded. (The access
 * log and the client-gone cancel are the middleware's, around the list; the answer headers are
 * write-answer.ts's.)
 * A step that awaits nothing is a plain function returning `next()` (no promise of its own per
 * call); what it throws, compose turns into a rejection, so it reaches `catchFailures` wherever
 * the step stands in the list.
 */
export type Step = (ctx: ProxyContext, next: () => Promise<void>) => Promise<void>;

export function compose(steps: readonly Step[]): (ctx: ProxyContext) => Promise<void> {
  return (ctx) => {
    const run = (index: number): Promise<void> => {
      const step = steps[index];
      if (step === undefined) return Promise.resolve();
      try {
        return step(ctx, () => run(index + 1));
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    return run(0);
  };
}
