import {
  ENDPOINTS,
  bindLeniently,
  describeIssues,
  parseLosslessJson,
  type EndpointName,
} from '../../src/lib/contract/index.ts';
import { HANDLERS, type Answer, type CallContext } from './handlers/index.ts';
import { invalid } from './handlers/answers.ts';

export interface CallAnswer {
  status: number;
  body: Answer;
}

/**
 * One API call, after transport checks: parse losslessly, bind like a lenient Java binder, judge
 * with the strict contract schema, then run the handler. Rule failures are HTTP 200 with the
 * group's "invalid" code and a resultDesc naming each field; only unparseable JSON is HTTP 400.
 */
export function answerCall(name: EndpointName, bodyText: string, ctx: CallContext): CallAnswer {
  const { group, request } = ENDPOINTS[name];
  let json: unknown;
  try {
    json = parseLosslessJson(bodyText);
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'it cannot be parsed';
    return { status: 400, body: invalid(group, `request body is not valid JSON: ${reason}`) };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { status: 200, body: invalid(group, 'request body must be a JSON object') };
  }
  const bound = bindLeniently(request, json).value;
  const parsed = request.safeParse(bound);
  if (!parsed.success) {
    return { status: 200, body: invalid(group, describeIssues(parsed.error.issues)) };
  }
  // The registry ties each name to its schema and handler; TS cannot follow that through a union.
  const handler = HANDLERS[name] as (request: unknown, ctx: CallContext) => Answer;
  return { status: 200, body: handler(parsed.data, ctx) };
}
