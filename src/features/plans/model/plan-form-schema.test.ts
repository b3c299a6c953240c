import { describe, expect, it } from 'vitest';
import { pinTimeZone } from '@/testing/pin-time-zone';
import type * as z from 'zod/mini';
import { t } from '@/lib/i18n';
import type { PlanFormValues } from './form-values';
import { planFormSchema } from './plan-form-schema';

// A zone with daylight saving: 31 March 2030 02:00-03:00 does not exist there.
pinTimeZone('Europe/Berlin');

const valid = (): PlanFormValues => ({
  qiqtName: 'Weekly billing sample',
  currentRole: '',
  appointQuality: {
    setCountsType: 2,
    setCounts: [
      { personID: 'a', count: '40' },
      { personID: 'b', count: '60' },
    ],
  },
  cronStructure: {
    qiqtCycleType: '2',
    qiqtStartTime: '2030-01-07 09:00:00',
    qiqtEndType: '1',
    qiqtTotalTimes: '12',
    qiqtEndTime: '',
  },
  extractionRange: {
    fixedColumns: {
      interactionType: 0,
      qualityType: 1,
      qualityNum: '100',
      maxNum: '10',
      qualityCondition: 0,
      durationStart: '',
      durationEnd: '',
      scoreStart: '',
      scoreEnd: '',
      staffIds: [],
    },
  },
});

type Issue = z.core.$ZodIssue;

function issuesOf(change: (values: PlanFormValues) => void): Issue[] {
  const values = valid();
  change(values);
  const result = planFormSchema.safeParse(values);
  return result.success ? [] : result.error.issues;
}

const at = (issues: Issue[], path: string) =>
  issues.filter((issue) => issue.path.join('.') === path);
const ruleOf = (issue: Issue | undefined) =>
  (issue as { params?: { rule?: string } } | undefined)?.params?.rule;

describe('planFormSchema', () => {
  it('accepts a complete plan', () => {
    expect(issuesOf(() => {})).toEqual([]);
  });

  it('wants the percentages to add up to exactly 100', () => {
    const issues = issuesOf((v) => {
      v.appointQuality.setCounts = [
        { personID: 'a', count: '40' },
        { personID: 'b', count: '50' },
      ];
    });
    expect(at(issues, 'appointQuality.setCounts').map(ruleOf)).toEqual(['percentSum']);
  });

  it('wants a count for every inspector on average, and no duplicates', () => {
    const issues = issuesOf((v) => {
      v.appointQuality.setCountsType = 0;
      v.appointQuality.setCounts = [
        { personID: 'a', count: '' },
        { personID: 'a', count: '3' },
      ];
    });
    expect(ruleOf(at(issues, 'appointQuality.setCounts.0.count')[0])).toBe('countRequired');
    expect(ruleOf(at(issues, 'appointQuality.setCounts.1.personID')[0])).toBe('duplicateInspector');
  });

  it('says "whole number" once for text in a count, and still checks the other rows', () => {
    const issues = issuesOf((v) => {
      v.appointQuality.setCounts = [
        { personID: 'a', count: '12a' },
        { personID: '', count: '50' },
      ];
    });
    const count = at(issues, 'appointQuality.setCounts.0.count');
    expect(count).toHaveLength(1);
    expect(count[0]).toMatchObject({ code: 'invalid_type', expected: 'int' });
    expect(at(issues, 'appointQuality.setCounts.1.personID')[0]?.code).toBe('too_small');
  });

  it('needs the number of runs only when the plan ends after a number of runs', () => {
    const byRuns = issuesOf((v) => {
      v.cronStructure.qiqtTotalTimes = '';
    });
    expect(ruleOf(at(byRuns, 'cronStructure.qiqtTotalTimes')[0])).toBe('totalTimesRequired');
    const byTime = issuesOf((v) => {
      v.cronStructure.qiqtEndType = '2';
      v.cronStructure.qiqtTotalTimes = 'not used';
      v.cronStructure.qiqtEndTime = '2030-03-01 09:00:00';
    });
    expect(byTime).toEqual([]);
  });

  it('wants the end after the start', () => {
    const issues = issuesOf((v) => {
      v.cronStructure.qiqtEndType = '2';
      v.cronStructure.qiqtEndTime = '2030-01-07 09:00:00';
    });
    expect(ruleOf(at(issues, 'cronStructure.qiqtEndTime')[0])).toBe('endAfterStart');
  });

  it('flags a half-typed time and a time the clocks skip', () => {
    const issues = issuesOf((v) => {
      v.cronStructure.qiqtStartTime = '2030-03-31 02:30:00';
      v.cronStructure.qiqtEndType = '2';
      v.cronStructure.qiqtEndTime = '2030-04-01 ';
    });
    expect(at(issues, 'cronStructure.qiqtStartTime')[0]?.message).toBe(
      t('plans:errors.nonexistentTime'),
    );
    expect(at(issues, 'cronStructure.qiqtEndTime')[0]?.message).toBe(
      t('plans:errors.invalidDateTime'),
    );
  });

  it('requires the maximum for sample types 1 and 3 only', () => {
    const rule = (qualityType: 1 | 2 | 3) =>
      ruleOf(
        at(
          issuesOf((v) => {
            v.extractionRange.fixedColumns.qualityType = qualityType;
            v.extractionRange.fixedColumns.qualityNum = '50';
            v.extractionRange.fixedColumns.maxNum = '';
          }),
          'extractionRange.fixedColumns.maxNum',
        )[0],
      );
    expect([rule(1), rule(2), rule(3)]).toEqual(['maxNumRequired', undefined, 'maxNumRequired']);
  });

  it('reads a percentage per agent as 1 to 100', () => {
    const issues = issuesOf((v) => {
      v.extractionRange.fixedColumns.qualityType = 3;
      v.extractionRange.fixedColumns.qualityNum = '101';
    });
    expect(ruleOf(at(issues, 'extractionRange.fixedColumns.qualityNum')[0])).toBe('qualityPercent');
  });

  it('checks the order of the duration and score ranges, whatever their spelling', () => {
    const issues = issuesOf((v) => {
      v.extractionRange.fixedColumns.durationStart = '2:00';
      v.extractionRange.fixedColumns.durationEnd = '90';
      v.extractionRange.fixedColumns.scoreStart = '80';
      v.extractionRange.fixedColumns.scoreEnd = '9';
    });
    expect(ruleOf(at(issues, 'extractionRange.fixedColumns.durationEnd')[0])).toBe('durationOrder');
    expect(ruleOf(at(issues, 'extractionRange.fixedColumns.scoreEnd')[0])).toBe('scoreOrder');
  });

  it('explains a duration it cannot read, once', () => {
    const issues = issuesOf((v) => {
      v.extractionRange.fixedColumns.durationEnd = '1:7x';
    });
    const end = at(issues, 'extractionRange.fixedColumns.durationEnd');
    expect(end.map((issue) => issue.message)).toEqual([t('plans:errors.durationFormat')]);
  });

  it('asks for the interaction type when an import left it open', () => {
    const issues = issuesOf((v) => {
      v.extractionRange.fixedColumns.interactionType = null;
    });
    expect(at(issues, 'extractionRange.fixedColumns.interactionType')).toHaveLength(1);
  });
});
