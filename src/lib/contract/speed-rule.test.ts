import { describe, expect, it } from 'vitest';
import { REFERENCE_SPEED_RULE_EXAMPLE_JSON } from '../../testing/fixtures/reference-examples.ts';
import { validSpeedRuleUpdate } from '../../testing/fixtures/valid-requests.ts';
import {
  addSpeedRuleRequestSchema,
  describeIssues,
  parseLosslessJson,
  querySpeedRuleByIdAnswerSchema,
  updateSpeedRuleRequestSchema,
  type UpdateSpeedRuleRequest,
} from './index.ts';

function problems(change: (rule: UpdateSpeedRuleRequest) => void): string[] {
  const rule = validSpeedRuleUpdate();
  change(rule);
  const result = updateSpeedRuleRequestSchema.safeParse(rule);
  return result.success ? [] : describeIssues(result.error.issues).split('; ');
}

describe('updateSpeedRule contract', () => {
  it('accepts the reference example as it is', () => {
    const result = updateSpeedRuleRequestSchema.safeParse(
      parseLosslessJson(REFERENCE_SPEED_RULE_EXAMPLE_JSON),
    );
    expect(result.success).toBe(true);
  });

  it('speed_id is required and made of up to 20 digits, kept as a string', () => {
    expect(problems((r) => Reflect.deleteProperty(r.setting, 'speed_id'))).toEqual([
      'setting.speed_id is required',
    ]);
    expect(problems((r) => (r.setting.speed_id = '95463736859930726612'))).toEqual([]);
    expect(problems((r) => (r.setting.speed_id = '954637368599307266123'))).toEqual([
      'setting.speed_id must be an id of 1 to 20 digits',
    ]);
  });

  it('name is required, at most 64 characters', () => {
    expect(problems((r) => (r.setting.name = ''))[0]).toBe('setting.name is required');
    expect(problems((r) => (r.setting.name = 'n'.repeat(65)))).toEqual([
      'setting.name must be at most 64 characters',
    ]);
  });

  it('score is 0..100', () => {
    expect(problems((r) => (r.setting.score = 0))).toEqual([]);
    expect(problems((r) => (r.setting.score = 101))).toEqual(['setting.score must be at most 100']);
    expect(problems((r) => (r.setting.score = -1))).toEqual(['setting.score must be at least 0']);
  });

  it('min is 1..220', () => {
    expect(problems((r) => (r.setting.min = 0))).toEqual(['setting.min must be at least 1']);
    expect(
      problems((r) => {
        r.setting.min = 221;
        r.setting.max = 300;
      }),
    ).toEqual(['setting.min must be at most 220']);
  });

  it('max is 1..2147483647 and at least min', () => {
    expect(problems((r) => (r.setting.max = 2_147_483_648))).toEqual([
      'setting.max must be at most 2147483647',
    ]);
    expect(problems((r) => (r.setting.max = 89))).toEqual(['setting.max must be at least min']);
    expect(problems((r) => (r.setting.max = 90))).toEqual([]);
  });

  it('the trigger window may be empty or null, and is in order when both are set', () => {
    expect(problems((r) => Reflect.deleteProperty(r.setting, 'other'))).toEqual([]);
    expect(problems((r) => (r.setting.other = { call_from: 5000, call_end: null }))).toEqual([]);
    expect(problems((r) => (r.setting.other = { call_from: 5000, call_end: 4000 }))).toEqual([
      'setting.other.call_end must not be before call_from',
    ]);
    expect(problems((r) => (r.setting.other = { call_from: -1, call_end: null }))).toEqual([
      'setting.other.call_from must be at least 0',
    ]);
  });

  it('exception.under and exception.over are required objects of sentence id strings', () => {
    expect(problems((r) => Reflect.deleteProperty(r.exception, 'under'))).toEqual([
      'exception.under is required',
    ]);
    expect(problems((r) => Reflect.deleteProperty(r.exception, 'over'))).toEqual([
      'exception.over is required',
    ]);
    expect(problems((r) => (r.exception.over = {}))).toEqual([]);
    expect(problems((r) => (r.exception.under.customer = [11064 as unknown as string]))).toEqual([
      'exception.under.customer[0] must be an id of digits, as a string',
    ]);
  });

  it('addSpeedRule takes the same setting without an id', () => {
    const { speed_id: _id, ...setting } = validSpeedRuleUpdate().setting;
    expect(
      addSpeedRuleRequestSchema.safeParse({ setting, exception: { under: {}, over: {} } }).success,
    ).toBe(true);
  });

  it('reads querySpeedRuleById answers with sentence objects and big ids', () => {
    const answer = querySpeedRuleByIdAnswerSchema.parse(
      parseLosslessJson(`{
        "resultCode": "0405000",
        "setting": { "speed_id": 95463736859930726612, "name": "r", "score": 3, "min": 90, "max": 100,
                     "other": { "call_from": null, "call_end": 60000 } },
        "exception": { "under": { "customer": [{ "sentence_id": "11064", "sentence_name": "Sorry?", "category_id": "7" }] },
                       "over": { "customer": [] } }
      }`),
    );
    expect(answer.setting?.speed_id).toBe('95463736859930726612');
    expect(answer.exception?.under?.customer?.[0]?.sentence_id).toBe('11064');
  });
});
