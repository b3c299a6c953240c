import type { EndpointName } from '../../../src/lib/contract';
import type { Handler } from './answers';
import * as plans from './plans';
import * as sentences from './sentences';
import * as speedRules from './speed-rules';

/** One handler per contract endpoint; the type makes a missing one a compile error. */
export const HANDLERS: { [N in EndpointName]: Handler<N> } = {
  ...plans,
  ...speedRules,
  ...sentences,
};

export type { Answer, CallContext } from './answers';
