import type { Step } from '../pipeline.ts';
import { failures, ProxyFailure } from '../proxy-failure.ts';
import { writeApiJson } from '../write-answer.ts';

/** Turns any failure into a JSON answer; nothing a request does can take the server down. */
export const catchFailures =
  (log: (line: string) => void): Step =>
  async (ctx, next) => {
    try {
      await next();
    } catch (error) {
      if (ctx.cancellation.reason === 'client-gone') return; // nobody is waiting for an answer
      let failure: ProxyFailure;
      if (error instanceof ProxyFailure) {
        failure = error;
      } else {
        // Only the error's class name: a message could quote a header value.
        log(`console server: unexpected ${error instanceof Error ? error.name : typeof error}`);
        failure = failures.internal();
      }
      writeApiJson(
        ctx.res,
        failure.status,
        { resultCode: failure.resultCode, resultDesc: failure.resultDesc },
        failure.headers,
      );
    }
  };
