import { expect, type APIRequestContext } from '@playwright/test';
import { SUCCESS_CODES } from '../../src/lib/contract/index.ts';
import { callApi } from './api';
import { uniqueName } from './unique-name';

export interface RuleSetting {
  name: string;
  score: number;
  min: number;
  max: number;
}

/**
 * Adds a speed rule without exceptions through the API and returns its id. Unless `setting` says
 * otherwise: a unique name, 3 points, 90 to 150 words per minute.
 */
export async function createRule(request: APIRequestContext, setting: Partial<RuleSetting> = {}) {
  const answer = await callApi(request, 'addSpeedRule', {
    setting: { name: uniqueName('rule'), score: 3, min: 90, max: 150, ...setting },
    exception: { under: { customer: [] }, over: { customer: [] } },
  });
  expect(answer.resultCode).toBe(SUCCESS_CODES.speedrule);
  expect(typeof answer.speed_id).toBe('string');
  return answer.speed_id as string;
}

export const getRule = (request: APIRequestContext, id: string) =>
  callApi(request, 'querySpeedRuleById', { speed_id: id });

export const deleteRule = (request: APIRequestContext, id: string) =>
  callApi(request, 'deleteSpeedRule', { speed_id: id });
