import { describe, expect, it } from 'vitest';
import { validPlanRequest } from '../../testing/fixtures/valid-requests.ts';
import {
  addQualityTaskRequestSchema,
  describeIssues,
  type AddQualityTaskRequest,
} from './index.ts';

/** Applies one change to a valid plan and returns the field paths the schema complains about. */
function problems(change: (plan: AddQualityTaskRequest) => void): string[] {
  const plan = validPlanRequest();
  change(plan);
  const result = addQualityTaskRequestSchema.safeParse(plan);
  if (result.success) return [];
  return describeIssues(result.error.issues).split('; ');
}

const fixed = (p: AddQualityTaskRequest) => p.extractionRange.fixedColumns;
const inspector = (p: AddQualityTaskRequest, i: number) => {
  const row = p.appointQuality.setCounts[i];
  if (!row) throw new Error(`the valid plan has no inspector ${i}`);
  return row;
};

describe('addQualityTask contract', () => {
  it('accepts the valid plan', () => {
    expect(problems(() => undefined)).toEqual([]);
  });

  describe('qiqtName', () => {
    it('is required', () => {
      expect(problems((p) => Reflect.deleteProperty(p, 'qiqtName'))).toEqual([
        'qiqtName is required',
      ]);
    });
    it('must not be empty or blank', () => {
      expect(problems((p) => (p.qiqtName = ''))[0]).toMatch(/^qiqtName is required/);
      expect(problems((p) => (p.qiqtName = '   '))).toEqual(['qiqtName must not be blank']);
    });
    it('allows 64 characters and refuses 65', () => {
      expect(problems((p) => (p.qiqtName = 'x'.repeat(64)))).toEqual([]);
      expect(problems((p) => (p.qiqtName = 'x'.repeat(65)))).toEqual([
        'qiqtName must be at most 64 characters',
      ]);
    });
  });

  describe('appointQuality', () => {
    it('setCountsType is 0 or 2', () => {
      expect(problems((p) => (p.appointQuality.setCountsType = 1 as 0))[0]).toMatch(
        /^appointQuality\.setCountsType must be 0/,
      );
    });
    it('needs at least one inspector', () => {
      expect(problems((p) => (p.appointQuality.setCounts = []))).toContain(
        'appointQuality.setCounts needs at least one inspector',
      );
    });
    it('personID is 1..64 characters', () => {
      expect(problems((p) => (inspector(p, 0).personID = ''))[0]).toMatch(
        /^appointQuality\.setCounts\[0\]\.personID is required/,
      );
      expect(problems((p) => (inspector(p, 0).personID = 'x'.repeat(65)))[0]).toBe(
        'appointQuality.setCounts[0].personID must be at most 64 characters',
      );
    });
    it('personID is unique', () => {
      expect(problems((p) => (inspector(p, 1).personID = 'inspector-01'))).toEqual([
        'appointQuality.setCounts[1].personID "inspector-01" appears twice',
      ]);
    });
    it('count has at most 8 digits', () => {
      expect(
        problems((p) => {
          p.appointQuality = {
            setCountsType: 0,
            setCounts: [{ personID: 'a', count: 100_000_000 }],
          };
        }),
      ).toEqual(['appointQuality.setCounts[0].count must be at most 99999999']);
    });
    it('count is required when averaging', () => {
      expect(
        problems((p) => {
          p.appointQuality = { setCountsType: 0, setCounts: [{ personID: 'a' }] };
        }),
      ).toEqual([
        'appointQuality.setCounts[0].count is required when setCountsType is 0 (on average)',
      ]);
    });
    it('percentages are each 1..100', () => {
      expect(problems((p) => (inspector(p, 0).count = 0))).toContain(
        'appointQuality.setCounts[0].count must be a percentage from 1 to 100 when setCountsType is 2',
      );
    });
    it('percentages sum to exactly 100', () => {
      expect(problems((p) => (inspector(p, 0).count = 30))).toEqual([
        'appointQuality.setCounts percentages must add up to exactly 100 (they add up to 90)',
      ]);
    });
    it('count must be a whole number', () => {
      expect(problems((p) => (inspector(p, 0).count = 40.5))[0]).toBe(
        'appointQuality.setCounts[0].count must be a whole number',
      );
    });
  });

  describe('cronStructure', () => {
    it('qiqtCycleType is "1", "2" or "3" as a string', () => {
      expect(problems((p) => (p.cronStructure.qiqtCycleType = '4' as '1'))[0]).toMatch(
        /^cronStructure\.qiqtCycleType must be "1"/,
      );
      expect(problems((p) => (p.cronStructure.qiqtCycleType = 2 as unknown as '2'))[0]).toMatch(
        /^cronStructure\.qiqtCycleType must be/,
      );
    });
    it('qiqtStartTime is a whole number of at most 10 digits', () => {
      expect(problems((p) => (p.cronStructure.qiqtStartTime = 1_609_295_228.86))).toEqual([
        'cronStructure.qiqtStartTime must be a whole number',
      ]);
      expect(problems((p) => (p.cronStructure.qiqtStartTime = 10_000_000_000))).toEqual([
        'cronStructure.qiqtStartTime must be at most 9999999999',
      ]);
    });
    it('qiqtEndType is "1" or "2"', () => {
      expect(problems((p) => (p.cronStructure.qiqtEndType = '3' as '1'))[0]).toMatch(
        /^cronStructure\.qiqtEndType must be/,
      );
    });
    it('qiqtTotalTimes is required when ending by count, 1..99999999', () => {
      expect(problems((p) => Reflect.deleteProperty(p.cronStructure, 'qiqtTotalTimes'))).toEqual([
        'cronStructure.qiqtTotalTimes is required when qiqtEndType is "1" (number of runs)',
      ]);
      expect(problems((p) => (p.cronStructure.qiqtTotalTimes = 0))).toEqual([
        'cronStructure.qiqtTotalTimes must be at least 1',
      ]);
      expect(problems((p) => (p.cronStructure.qiqtTotalTimes = 100_000_000))).toEqual([
        'cronStructure.qiqtTotalTimes must be at most 99999999',
      ]);
    });
    it('qiqtEndTime is required when ending by time, and after the start', () => {
      expect(problems((p) => (p.cronStructure.qiqtEndType = '2'))).toEqual([
        'cronStructure.qiqtEndTime is required when qiqtEndType is "2" (end time)',
      ]);
      const start = validPlanRequest().cronStructure.qiqtStartTime;
      expect(
        problems((p) => {
          p.cronStructure.qiqtEndType = '2';
          p.cronStructure.qiqtEndTime = start;
        }),
      ).toEqual(['cronStructure.qiqtEndTime must be after qiqtStartTime']);
      expect(
        problems((p) => {
          p.cronStructure.qiqtEndType = '2';
          p.cronStructure.qiqtEndTime = start + 1;
        }),
      ).toEqual([]);
    });
  });

  describe('extractionRange.fixedColumns', () => {
    it('qualityType is 1, 2 or 3', () => {
      expect(problems((p) => (fixed(p).qualityType = 4 as 1))[0]).toMatch(
        /^extractionRange\.fixedColumns\.qualityType must be 1/,
      );
    });
    it('qualityNum is a string of at most 8 digits, at most 10000', () => {
      expect(problems((p) => (fixed(p).qualityNum = 100 as unknown as string))).toEqual([
        'extractionRange.fixedColumns.qualityNum must be a string of digits',
      ]);
      expect(problems((p) => (fixed(p).qualityNum = '12a'))).toEqual([
        'extractionRange.fixedColumns.qualityNum must contain digits only',
      ]);
      expect(problems((p) => (fixed(p).qualityNum = '123456789'))[0]).toBe(
        'extractionRange.fixedColumns.qualityNum must be at most 8 digits',
      );
      expect(problems((p) => (fixed(p).qualityNum = '10001'))).toEqual([
        'extractionRange.fixedColumns.qualityNum must be at most 10000',
      ]);
      expect(problems((p) => (fixed(p).qualityNum = ''))[0]).toBe(
        'extractionRange.fixedColumns.qualityNum is required',
      );
    });
    it('qualityNum is a percentage 1..100 for agent percentage', () => {
      expect(
        problems((p) => {
          fixed(p).qualityType = 3;
          fixed(p).qualityNum = '101';
        }),
      ).toEqual([
        'extractionRange.fixedColumns.qualityNum must be a percentage from 1 to 100 when qualityType is 3',
      ]);
    });
    it('maxNum is required and >= 1 unless qualityType is 2', () => {
      const message =
        'extractionRange.fixedColumns.maxNum is required and must be at least 1 when qualityType is not 2';
      expect(problems((p) => Reflect.deleteProperty(fixed(p), 'maxNum'))).toEqual([message]);
      expect(problems((p) => (fixed(p).maxNum = '0'))).toEqual([message]);
      expect(
        problems((p) => {
          fixed(p).qualityType = 3;
          fixed(p).qualityNum = '50';
          Reflect.deleteProperty(fixed(p), 'maxNum');
        }),
      ).toEqual([message]);
      expect(
        problems((p) => {
          fixed(p).qualityType = 2;
          Reflect.deleteProperty(fixed(p), 'maxNum');
        }),
      ).toEqual([]);
    });
    it('qualityCondition is 0, 1 or 2', () => {
      expect(problems((p) => (fixed(p).qualityCondition = 3 as 0))[0]).toMatch(
        /^extractionRange\.fixedColumns\.qualityCondition must be/,
      );
    });
    it('interactionType is required: 0 or 1', () => {
      expect(problems((p) => Reflect.deleteProperty(fixed(p), 'interactionType'))).toEqual([
        'extractionRange.fixedColumns.interactionType is required',
      ]);
      expect(problems((p) => (fixed(p).interactionType = 2 as 0))[0]).toMatch(
        /^extractionRange\.fixedColumns\.interactionType must be 0/,
      );
    });
    it('durations have at most 11 digits and are in order', () => {
      expect(
        problems((p) => {
          fixed(p).durationStart = 100_000_000_000;
          Reflect.deleteProperty(fixed(p), 'durationEnd');
        }),
      ).toEqual(['extractionRange.fixedColumns.durationStart must be at most 99999999999']);
      expect(problems((p) => (fixed(p).durationEnd = '123456789012'))[0]).toBe(
        'extractionRange.fixedColumns.durationEnd must be at most 11 digits',
      );
      expect(problems((p) => (fixed(p).durationEnd = '29999'))).toEqual([
        'extractionRange.fixedColumns.durationEnd must be at least durationStart',
      ]);
    });
    it('scores are 0..10000 and in order', () => {
      expect(problems((p) => (fixed(p).scoreEnd = '10001'))).toEqual([
        'extractionRange.fixedColumns.scoreEnd must be at most 10000',
      ]);
      expect(
        problems((p) => {
          fixed(p).scoreStart = '90';
          fixed(p).scoreEnd = '10';
        }),
      ).toEqual(['extractionRange.fixedColumns.scoreEnd must be at least scoreStart']);
      // Digit strings compare as numbers: "9" is below "10".
      expect(
        problems((p) => {
          fixed(p).scoreStart = '9';
          fixed(p).scoreEnd = '10';
        }),
      ).toEqual([]);
    });
    it('staffIds are non-empty strings', () => {
      expect(problems((p) => (fixed(p).staffIds = ['']))[0]).toBe(
        'extractionRange.fixedColumns.staffIds[0] is required',
      );
    });
  });

  it('ignores fields the contract does not know', () => {
    const result = addQualityTaskRequestSchema.safeParse({
      ...validPlanRequest(),
      customColumns: null,
    });
    expect(result.success && 'customColumns' in result.data).toBe(false);
  });
});
