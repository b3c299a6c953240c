import { describe, expect, it } from 'vitest';
import { pinTimeZone } from '@/testing/pin-time-zone';
import { REFERENCE_PLAN_EXAMPLE_JSON } from '@/testing/fixtures/reference-examples';
import { validPlanRequest } from '@/testing/fixtures/valid-requests';
import { importPlanJson, type Deviation } from './import-payload';
import { planFormSchema } from './plan-form-schema';
import { toPayload } from './to-payload';

pinTimeZone('Asia/Shanghai');

function imported(text: string) {
  const result = importPlanJson(text);
  if (!result.ok) throw new Error(`import failed: ${result.reason}`);
  return result;
}

const summary = (deviations: Deviation[]) => deviations.map((d) => `${d.kind} ${d.path}`).sort();

describe('importPlanJson', () => {
  it('lists every deviation of the API reference example', () => {
    const { deviations } = imported(REFERENCE_PLAN_EXAMPLE_JSON);
    expect(summary(deviations)).toEqual(
      [
        'unknownField extractionRange.customColumns',
        'converted extractionRange.fixedColumns.qualityNum',
        'converted extractionRange.fixedColumns.maxNum',
        'converted extractionRange.fixedColumns.scoreStart',
        'converted extractionRange.fixedColumns.scoreEnd',
        'converted extractionRange.fixedColumns.durationEnd',
        'converted cronStructure.qiqtCycleType',
        'converted cronStructure.qiqtEndType',
        'rounded cronStructure.qiqtStartTime',
        'notApplicable cronStructure.qiqtTotalTimes',
        'missing extractionRange.fixedColumns.interactionType',
      ].sort(),
    );
    expect(deviations).toContainEqual({
      kind: 'converted',
      path: 'extractionRange.fixedColumns.qualityNum',
      from: 100,
      to: '100',
    });
    expect(deviations).toContainEqual({
      kind: 'rounded',
      path: 'cronStructure.qiqtStartTime',
      from: 1609295228.86,
      to: 1609295228,
    });
  });

  it('fills the wizard with what the example says', () => {
    const { values } = imported(REFERENCE_PLAN_EXAMPLE_JSON);
    expect(values.qiqtName).toBe('regulartask');
    expect(values.currentRole).toBe('qualityDirector');
    expect(values.appointQuality).toEqual({
      setCountsType: 2,
      setCounts: [
        { personID: 'xxxx', count: '40' },
        { personID: 'xxxxx', count: '60' },
      ],
    });
    expect(values.cronStructure).toEqual({
      qiqtCycleType: '1',
      qiqtStartTime: '2020-12-30 10:27:08',
      qiqtEndType: '2',
      qiqtTotalTimes: '',
      qiqtEndTime: '2021-01-02 10:27:08',
    });
    expect(values.extractionRange.fixedColumns).toEqual({
      interactionType: null,
      qualityType: 1,
      qualityNum: '100',
      maxNum: '10',
      qualityCondition: 0,
      durationStart: '0:00',
      durationEnd: '0:00.1',
      scoreStart: '0',
      scoreEnd: '100',
      staffIds: ['xxxxxx'],
    });
    // The one thing left to decide is the interaction type the example omits.
    const check = planFormSchema.safeParse(values);
    expect(check.error?.issues.map((i) => i.path.join('.'))).toEqual([
      'extractionRange.fixedColumns.interactionType',
    ]);
  });

  it('imports a body that follows the contract without a single deviation', () => {
    const body = validPlanRequest();
    const { values, deviations } = imported(JSON.stringify(body));
    expect(deviations).toEqual([]);
    expect(toPayload(values)).toEqual(body);
  });

  it('names wrong types, unknown fields and ids it does not keep', () => {
    const body = {
      ...validPlanRequest(),
      userId: 'u1',
      extra: true,
      appointQuality: { setCountsType: 2, setCounts: [{ personID: 'a', count: 'ten' }] },
    };
    const { deviations, values } = imported(JSON.stringify(body));
    expect(summary(deviations)).toEqual([
      'invalid appointQuality.setCounts[0].count',
      'notKept userId',
      'unknownField extra',
    ]);
    expect(values.appointQuality.setCounts[0]).toEqual({ personID: 'a', count: 'ten' });
  });

  it('tells a syntax error from a body that is not an object', () => {
    expect(importPlanJson('{ "qiqtName": ')).toMatchObject({ ok: false, reason: 'syntax' });
    expect(importPlanJson('[1, 2]')).toEqual({ ok: false, reason: 'notAnObject' });
  });
});
