import type { EndpointName } from '../../../src/lib/contract/index.ts';
import type { Handler } from './answers.ts';
import * as plans from './plans.ts';
import * as sentences from './sentences.ts';
import * as speedRules from './speed-rules.ts';

/** One handler per contract endpoint; the type makes a missing one a compile error. */
export const HANDLERS: { [N in EndpointName]: Handler<N> } = {
  ...plans,
  ...speedRules,
  ...sentences,
};

export type { Answer, CallContext } from './answers.ts';
