import type { z } from 'zod';
import {
  FAILURE_CODES,
  SUCCESS_CODES,
  type ApiGroup,
  type ENDPOINTS,
  type EndpointName,
} from '../../../src/lib/contract/index.ts';
import type { SimulatorStore } from '../store.ts';

/** What a handler gets besides the validated request. */
export interface CallContext {
  store: SimulatorStore;
  /** Epoch seconds. */
  now: number;
  /** The x-UserId header, if any. */
  operatorId: string | undefined;
}

export type Answer = Record<string, unknown>;
export type RequestFor<N extends EndpointName> = z.output<(typeof ENDPOINTS)[N]['request']>;
export type Handler<N extends EndpointName> = (request: RequestFor<N>, ctx: CallContext) => Answer;

const SUCCESS_TEXT: Record<ApiGroup, string> = {
  regularqualitytask: 'success',
  speedrule: 'Operation successful.',
  sentencemanage: 'success',
};

export const success = (group: ApiGroup, extra: Answer = {}): Answer => ({
  ...extra,
  resultCode: SUCCESS_CODES[group],
  resultDesc: SUCCESS_TEXT[group],
});

export const invalid = (group: ApiGroup, resultDesc: string): Answer => ({
  resultCode: FAILURE_CODES[group].invalid,
  resultDesc,
});

/** An id that names nothing; resultDesc starts with the field, like every other failure. */
export const notFound = (group: ApiGroup, field: string, id: string, what: string): Answer => ({
  resultCode: FAILURE_CODES[group].notFound,
  resultDesc: `${field} names no existing ${what} (${id})`,
});

/** One page of a list; pages start at 1. */
export function pageOf<T>(items: readonly T[], page: number, size: number): T[] {
  return items.slice((page - 1) * size, page * size);
}
