import { describe, expect, it } from 'vitest';
import {
  REFERENCE_PLAN_ANSWER_JSON,
  REFERENCE_PLAN_EXAMPLE_JSON,
} from '../../testing/fixtures/reference-examples.ts';
import { validPlanRequest } from '../../testing/fixtures/valid-requests.ts';
import {
  addQualityTaskAnswerSchema,
  addQualityTaskRequestSchema,
  bindLeniently,
  describeIssues,
  isSuccessCode,
  parseLosslessJson,
} from './index.ts';

/** A plan seen as loose JSON, so a test can put any wire value in any field. */
interface WirePlan {
  cronStructure: Record<string, unknown>;
  extractionRange: { fixedColumns: Record<string, unknown> };
}

describe('the lenient binder (simulator policy)', () => {
  it('accepts numbers where digit strings are documented, and digit strings for integers', () => {
    const plan = validPlanRequest() as unknown as WirePlan;
    plan.extractionRange.fixedColumns['qualityNum'] = 100;
    plan.cronStructure['qiqtCycleType'] = 2;
    plan.cronStructure['qiqtStartTime'] = '1893488400';
    const { value, coercions } = bindLeniently(addQualityTaskRequestSchema, plan);
    expect(addQualityTaskRequestSchema.safeParse(value).success).toBe(true);
    expect(coercions.map((c) => c.path)).toEqual([
      'cronStructure.qiqtCycleType',
      'cronStructure.qiqtStartTime',
      'extractionRange.fixedColumns.qualityNum',
    ]);
  });

  it('still refuses wrong shapes, fractions and words', () => {
    const plan = validPlanRequest() as unknown as WirePlan;
    plan.cronStructure['qiqtStartTime'] = 'tomorrow';
    (plan as unknown as Record<string, unknown>)['appointQuality'] = 'everyone';
    const { value } = bindLeniently(addQualityTaskRequestSchema, plan);
    const result = addQualityTaskRequestSchema.safeParse(value);
    expect(result.success).toBe(false);
    expect(describeIssues(result.error?.issues ?? [])).toContain('appointQuality must be');
    expect(describeIssues(result.error?.issues ?? [])).toContain('cronStructure.qiqtStartTime');
  });

  it('treats null as "not set" for optional fields, as a Java binder does', () => {
    const plan = validPlanRequest() as unknown as WirePlan;
    plan.extractionRange.fixedColumns['durationStart'] = null;
    const { value } = bindLeniently(addQualityTaskRequestSchema, plan);
    expect(addQualityTaskRequestSchema.safeParse(value).success).toBe(true);
  });

  it('keeps a "__proto__" key as plain data, never as a prototype', () => {
    const { value } = bindLeniently(
      addQualityTaskRequestSchema,
      parseLosslessJson('{"__proto__":{"polluted":1},"cronStructure":{"__proto__":null}}'),
    );
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(addQualityTaskRequestSchema.safeParse(value).success).toBe(false);
  });
});

describe('the reference plan example', () => {
  const raw = parseLosslessJson(REFERENCE_PLAN_EXAMPLE_JSON);

  it('has exactly its known deviations: numbers where strings are documented…', () => {
    const { coercions } = bindLeniently(addQualityTaskRequestSchema, raw);
    expect(coercions.map((c) => c.path).sort()).toEqual(
      [
        'cronStructure.qiqtCycleType',
        'cronStructure.qiqtEndType',
        'extractionRange.fixedColumns.qualityNum',
        'extractionRange.fixedColumns.maxNum',
        'extractionRange.fixedColumns.scoreStart',
        'extractionRange.fixedColumns.scoreEnd',
        'extractionRange.fixedColumns.durationEnd',
      ].sort(),
    );
  });

  it('…a fractional start time and a missing interactionType', () => {
    const { value } = bindLeniently(addQualityTaskRequestSchema, raw);
    const result = addQualityTaskRequestSchema.safeParse(value);
    expect(result.success).toBe(false);
    expect(describeIssues(result.error?.issues ?? []).split('; ')).toEqual([
      'cronStructure.qiqtStartTime must be a whole number',
      'extractionRange.fixedColumns.interactionType is required',
    ]);
  });

  it('its answer has a numeric resultCode 0, read as the string "0" and as success', () => {
    const answer = addQualityTaskAnswerSchema.parse(parseLosslessJson(REFERENCE_PLAN_ANSWER_JSON));
    expect(answer.resultCode).toBe('0');
    expect(answer.objId).toBe('954637368599307266');
    expect(isSuccessCode('regularqualitytask', answer.resultCode)).toBe(true);
    expect(isSuccessCode('speedrule', '0')).toBe(false);
  });
});
