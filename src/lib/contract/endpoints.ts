import type * as z from 'zod/mini';
import {
  addQualityTaskAnswerSchema,
  addQualityTaskRequestSchema,
  planIdRequestSchema,
  queryQualityTaskAnswerSchema,
  queryQualityTaskRequestSchema,
  updateQualityTaskRequestSchema,
} from './plan.ts';
import { resultSchema, type ApiGroup } from './result.ts';
import {
  querySentenceByCategoryIdAnswerSchema,
  querySentenceByCategoryIdRequestSchema,
  querySentenceCategoryAnswerSchema,
  querySentenceCategoryRequestSchema,
} from './sentence.ts';
import {
  addSpeedRuleAnswerSchema,
  addSpeedRuleRequestSchema,
  querySpeedRuleByIdAnswerSchema,
  querySpeedRulesAnswerSchema,
  querySpeedRulesRequestSchema,
  speedRuleIdRequestSchema,
  updateSpeedRuleRequestSchema,
} from './speed-rule.ts';

/** Every path the browser may call, under this prefix. The proxy forwards nothing else. */
export const API_PREFIX = '/apiaccess/CCSQM/rest/ccisqm/v1';

interface EndpointDef<Req extends z.ZodMiniType, Ans extends z.ZodMiniType> {
  group: ApiGroup;
  name: string;
  request: Req;
  answer: Ans;
}

const endpoint = <Req extends z.ZodMiniType, Ans extends z.ZodMiniType>(
  group: ApiGroup,
  name: string,
  request: Req,
  answer: Ans,
): EndpointDef<Req, Ans> => ({ group, name, request, answer });

export const ENDPOINTS = {
  addQualityTask: endpoint(
    'regularqualitytask',
    'addQualityTask',
    addQualityTaskRequestSchema,
    addQualityTaskAnswerSchema,
  ),
  updateQualityTask: endpoint(
    'regularqualitytask',
    'updateQualityTask',
    updateQualityTaskRequestSchema,
    resultSchema,
  ),
  queryQualityTask: endpoint(
    'regularqualitytask',
    'queryQualityTask',
    queryQualityTaskRequestSchema,
    queryQualityTaskAnswerSchema,
  ),
  beginQualityTask: endpoint(
    'regularqualitytask',
    'beginQualityTask',
    planIdRequestSchema,
    resultSchema,
  ),
  stopQualityTask: endpoint(
    'regularqualitytask',
    'stopQualityTask',
    planIdRequestSchema,
    resultSchema,
  ),
  deleteQualityTask: endpoint(
    'regularqualitytask',
    'deleteQualityTask',
    planIdRequestSchema,
    resultSchema,
  ),
  addSpeedRule: endpoint(
    'speedrule',
    'addSpeedRule',
    addSpeedRuleRequestSchema,
    addSpeedRuleAnswerSchema,
  ),
  updateSpeedRule: endpoint(
    'speedrule',
    'updateSpeedRule',
    updateSpeedRuleRequestSchema,
    resultSchema,
  ),
  querySpeedRules: endpoint(
    'speedrule',
    'querySpeedRules',
    querySpeedRulesRequestSchema,
    querySpeedRulesAnswerSchema,
  ),
  querySpeedRuleById: endpoint(
    'speedrule',
    'querySpeedRuleById',
    speedRuleIdRequestSchema,
    querySpeedRuleByIdAnswerSchema,
  ),
  deleteSpeedRule: endpoint('speedrule', 'deleteSpeedRule', speedRuleIdRequestSchema, resultSchema),
  querySentenceCategory: endpoint(
    'sentencemanage',
    'querySentenceCategory',
    querySentenceCategoryRequestSchema,
    querySentenceCategoryAnswerSchema,
  ),
  querySentenceByCategoryId: endpoint(
    'sentencemanage',
    'querySentenceByCategoryId',
    querySentenceByCategoryIdRequestSchema,
    querySentenceByCategoryIdAnswerSchema,
  ),
} as const;

export type EndpointName = keyof typeof ENDPOINTS;
export type RequestOf<N extends EndpointName> = z.input<(typeof ENDPOINTS)[N]['request']>;
export type AnswerOf<N extends EndpointName> = z.output<(typeof ENDPOINTS)[N]['answer']>;

/** The type of every call's body, and of the answers the proxy writes itself. */
export const JSON_CONTENT_TYPE = 'application/json; charset=UTF-8';

export const endpointPath = (name: EndpointName): string => {
  const def = ENDPOINTS[name];
  return `${API_PREFIX}/${def.group}/${def.name}`;
};

let endpointsByPath: ReadonlyMap<string, EndpointName> | undefined;

/** Looks up a call by its path below the prefix, e.g. "speedrule/updateSpeedRule". */
export function findEndpoint(groupAndName: string): EndpointName | undefined {
  // Built on first use: the servers look up every call, the browser bundle never does.
  endpointsByPath ??= new Map(
    (Object.keys(ENDPOINTS) as EndpointName[]).map((key) => [
      `${ENDPOINTS[key].group}/${ENDPOINTS[key].name}`,
      key,
    ]),
  );
  return endpointsByPath.get(groupAndName);
}
