import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validPlanRequest } from '@/testing/fixtures/valid-requests';
import { buildCurl } from './curl';
import { looksLikeIdList, parseIdList } from './id-list';
import { percentTotal, splitEvenly } from './split-evenly';
import { planWarnings } from './warnings';

describe('splitEvenly', () => {
  it('spreads 100 over the rows in whole numbers, larger shares first', () => {
    expect(splitEvenly(3)).toEqual([34, 33, 33]);
    expect(splitEvenly(1)).toEqual([100]);
    expect(splitEvenly(100)).toEqual(Array.from({ length: 100 }, () => 1));
  });

  it('always adds up to exactly 100 with every share at least 1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100 }), (rows) => {
        const shares = splitEvenly(rows) ?? [];
        expect(shares).toHaveLength(rows);
        expect(shares.reduce((a, b) => a + b, 0)).toBe(100);
        expect(Math.min(...shares)).toBeGreaterThanOrEqual(1);
        expect(Math.max(...shares) - Math.min(...shares)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('refuses when a share would be 0', () => {
    expect(splitEvenly(101)).toBeUndefined();
    expect(splitEvenly(0)).toBeUndefined();
  });

  it('totals what is typed, ignoring text that is not a whole number', () => {
    expect(percentTotal(['40', ' 50 ', '', '1.5', 'x'])).toBe(90);
  });
});

describe('parseIdList', () => {
  it('splits on commas, semicolons, tabs and new lines, dropping blanks and repeats', () => {
    expect(parseIdList('qa.lin, qa.chen\nqa.okafor;\r\n\tqa.lin，qa.wu')).toEqual([
      'qa.lin',
      'qa.chen',
      'qa.okafor',
      'qa.wu',
    ]);
  });

  it('tells a list from a single id', () => {
    expect(looksLikeIdList('qa.lin')).toBe(false);
    expect(looksLikeIdList(' qa.lin \n')).toBe(false);
    expect(looksLikeIdList('qa.lin\nqa.chen')).toBe(true);
  });
});

describe('buildCurl', () => {
  it('posts the exact body with placeholders for the secrets', () => {
    const curl = buildCurl(`{"qiqtName": "Bob's plan"}`);
    expect(curl).toContain(
      "'https://service.besclouds.com/apiaccess/CCSQM/rest/ccisqm/v1/regularqualitytask/addQualityTask'",
    );
    expect(curl).toContain("-H 'Authorization: Bearer <AccessToken>'");
    expect(curl).toContain(`--data-raw '{"qiqtName": "Bob'\\''s plan"}'`);
  });
});

describe('planWarnings', () => {
  const now = 1_893_456_000; // 2030-01-01
  const keys = (change: (body: ReturnType<typeof validPlanRequest>) => void) => {
    const body = validPlanRequest();
    body.cronStructure.qiqtStartTime = now + 86_400;
    change(body);
    return planWarnings(body, now).map((w) => w.key);
  };

  it('has nothing to say about an ordinary plan', () => {
    expect(keys(() => {})).toEqual([]);
  });

  it('warns about a start in the past, many runs and an end far away', () => {
    expect(
      keys((body) => {
        body.cronStructure = {
          qiqtCycleType: '1',
          qiqtStartTime: now - 60,
          qiqtEndType: '1',
          qiqtTotalTimes: 5000,
        };
      }),
    ).toEqual(['startInPast', 'manyRuns', 'endFarAway']);
  });

  it('warns about large counts and a zero-length call range', () => {
    expect(
      keys((body) => {
        body.extractionRange.fixedColumns.qualityNum = '5000';
        body.extractionRange.fixedColumns.maxNum = '2000';
        body.extractionRange.fixedColumns.durationStart = 0;
        body.extractionRange.fixedColumns.durationEnd = '0';
        body.appointQuality = { setCountsType: 0, setCounts: [{ personID: 'a', count: 5000 }] };
      }),
    ).toEqual(['manyCalls', 'largeMaximum', 'zeroDuration', 'largeInspectorCount']);
  });
});
