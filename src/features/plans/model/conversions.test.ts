import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pinTimeZone } from '@/testing/pin-time-zone';
import { addQualityTaskRequestSchema, type AddQualityTaskRequest } from '@/lib/contract';
import { validPlanRequest } from '@/testing/fixtures/valid-requests';
import { formatDuration, parseDuration } from './duration';
import type { PlanFormValues } from './form-values';
import { fromPayload } from './from-payload';
import { toPayload } from './to-payload';

// Form times are wall-clock text: pin a zone without daylight saving (the console's main users'
// zone), where every second has exactly one wall-clock spelling. See 003-plan-schedule.md.
pinTimeZone('Asia/Shanghai');

const canonicalValues: PlanFormValues = {
  qiqtName: 'Weekly billing sample',
  currentRole: 'qualityDirector',
  appointQuality: {
    setCountsType: 2,
    setCounts: [
      { personID: 'inspector-01', count: '40' },
      { personID: 'inspector-02', count: '60' },
    ],
  },
  cronStructure: {
    qiqtCycleType: '2',
    qiqtStartTime: '2030-01-07 09:00:00',
    qiqtEndType: '2',
    qiqtTotalTimes: '',
    qiqtEndTime: '2030-06-30 18:00:00',
  },
  extractionRange: {
    fixedColumns: {
      interactionType: 1,
      qualityType: 3,
      qualityNum: '20',
      maxNum: '15',
      qualityCondition: 1,
      durationStart: '0:30',
      durationEnd: '10:00.5',
      scoreStart: '0',
      scoreEnd: '80',
      staffIds: ['agent-7', 'agent-9'],
    },
  },
};

describe('form values <-> addQualityTask body', () => {
  it('turns the reference-like valid request into form values and back unchanged', () => {
    const body = validPlanRequest();
    expect(toPayload(fromPayload(body))).toEqual(body);
  });

  it('is the identity from form values to the body and back', () => {
    const body = toPayload(canonicalValues);
    expect(addQualityTaskRequestSchema.safeParse(body).success).toBe(true);
    expect(fromPayload(body)).toEqual(canonicalValues);
  });

  it('sends the documented wire types, in epoch seconds and milliseconds', () => {
    const body = toPayload(canonicalValues);
    expect(body.cronStructure).toEqual({
      qiqtCycleType: '2',
      qiqtStartTime: Date.UTC(2030, 0, 7, 1) / 1000, // 09:00 at UTC+8
      qiqtEndType: '2',
      qiqtEndTime: Date.UTC(2030, 5, 30, 10) / 1000, // 18:00 at UTC+8
    });
    expect(body.extractionRange.fixedColumns).toMatchObject({
      qualityType: 3,
      qualityNum: '20',
      maxNum: '15',
      durationStart: 30_000,
      durationEnd: '600500',
      scoreStart: '0',
    });
    expect(body.extractionRange.currentRole).toBe('qualityDirector');
  });

  it('leaves out what does not apply, but the form keeps it for going back', () => {
    const values = structuredClone(canonicalValues);
    values.extractionRange.fixedColumns.qualityType = 2;
    values.cronStructure.qiqtTotalTimes = '12';
    values.currentRole = '';
    values.extractionRange.fixedColumns.staffIds = [];
    values.extractionRange.fixedColumns.durationStart = '';
    const body = toPayload(values);
    expect(body.extractionRange.fixedColumns).not.toHaveProperty('maxNum');
    expect(body.extractionRange.fixedColumns).not.toHaveProperty('staffIds');
    expect(body.extractionRange.fixedColumns).not.toHaveProperty('durationStart');
    expect(body.cronStructure).not.toHaveProperty('qiqtTotalTimes');
    expect(body).not.toHaveProperty('currentRole');
    expect(body.extractionRange).not.toHaveProperty('currentRole');
  });

  it('normalises what was typed: trimmed ids, plain numbers, m:ss durations', () => {
    const values = structuredClone(canonicalValues);
    values.appointQuality.setCounts[0] = { personID: '  inspector-01 ', count: '040' };
    values.extractionRange.fixedColumns.durationStart = '90';
    const back = fromPayload(toPayload(values));
    expect(back.appointQuality.setCounts[0]).toEqual({ personID: 'inspector-01', count: '40' });
    expect(back.extractionRange.fixedColumns.durationStart).toBe('1:30');
  });
});

describe('durations', () => {
  it.each([
    ['90', 90_000],
    ['1:30', 90_000],
    ['01:30', 90_000],
    ['0:05.25', 5_250],
    ['1:02:03', 3_723_000],
    [' 45 ', 45_000],
  ])('reads %j as %i ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each(['1:60', 'abc', '1:2:3', '-5', '1.2345'])('rejects %j', (text) => {
    expect(parseDuration(text)).toBeNaN();
  });

  it('reads empty text as "not set"', () => {
    expect(parseDuration('  ')).toBeUndefined();
  });

  it('formats and parses back to the same milliseconds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999_999 }), (ms) => {
        expect(parseDuration(formatDuration(ms))).toBe(ms);
      }),
    );
  });
});

// ---- property: any valid body survives body -> form -> body, and form -> body -> form ----

const id = fc.stringMatching(/^[a-z][a-z0-9._-]{0,20}$/);
const digits = (max: number) => fc.integer({ min: 0, max }).map(String);

const setCountsArb = fc.oneof(
  fc
    .uniqueArray(fc.record({ personID: id, count: fc.integer({ min: 0, max: 99_999_999 }) }), {
      minLength: 1,
      maxLength: 6,
      selector: (row) => row.personID,
    })
    .map((setCounts) => ({ setCountsType: 0 as const, setCounts })),
  fc.uniqueArray(id, { minLength: 1, maxLength: 6 }).map((ids) => {
    // Shares of 100 that are each at least 1.
    const base = Math.floor(100 / ids.length);
    return {
      setCountsType: 2 as const,
      setCounts: ids.map((personID, i) => ({
        personID,
        count: i === 0 ? 100 - base * (ids.length - 1) : base,
      })),
    };
  }),
);

const cronArb = fc
  .record({
    qiqtCycleType: fc.constantFrom('1' as const, '2' as const, '3' as const),
    qiqtStartTime: fc.integer({ min: 0, max: 4_000_000_000 }),
    byRuns: fc.boolean(),
    runs: fc.integer({ min: 1, max: 99_999_999 }),
    length: fc.integer({ min: 1, max: 900_000_000 }),
  })
  .map(({ byRuns, runs, length, ...cron }) =>
    byRuns
      ? { ...cron, qiqtEndType: '1' as const, qiqtTotalTimes: runs }
      : { ...cron, qiqtEndType: '2' as const, qiqtEndTime: cron.qiqtStartTime + length },
  );

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const fixedArb = fc
  .record({
    qualityType: fc.constantFrom(1 as const, 2 as const, 3 as const),
    quantity: fc.integer({ min: 1, max: 100 }),
    maxNum: fc.integer({ min: 1, max: 99_999_999 }).map(String),
    qualityCondition: fc.constantFrom(0 as const, 1 as const, 2 as const),
    interactionType: fc.constantFrom(0 as const, 1 as const),
    durationStart: optional(fc.integer({ min: 0, max: 1_000_000 })),
    durationEnd: optional(fc.integer({ min: 1_000_000, max: 99_999_999_999 }).map(String)),
    scoreStart: optional(digits(5_000)),
    scoreEnd: optional(fc.integer({ min: 5_000, max: 10_000 }).map(String)),
    staffIds: optional(fc.uniqueArray(id, { minLength: 1, maxLength: 4 })),
  })
  .map(({ quantity, maxNum, ...fixed }) => {
    const withMax = fixed.qualityType === 2 ? {} : { maxNum };
    const entries = Object.entries({ ...fixed, qualityNum: String(quantity), ...withMax });
    return Object.fromEntries(
      entries.filter(([, v]) => v !== undefined),
    ) as AddQualityTaskRequest['extractionRange']['fixedColumns'];
  });

const bodyArb: fc.Arbitrary<AddQualityTaskRequest> = fc
  .record({
    qiqtName: fc.string({ minLength: 1, maxLength: 64 }).filter((s) => s.trim() !== ''),
    role: optional(id),
    appointQuality: setCountsArb,
    cronStructure: cronArb,
    fixedColumns: fixedArb,
  })
  .map(({ role, fixedColumns, ...rest }) => ({
    ...rest,
    ...(role ? { currentRole: role } : {}),
    extractionRange: { ...(role ? { currentRole: role } : {}), fixedColumns },
  }));

describe('round trip property', () => {
  it('keeps every valid body through the form, and every form value through the body', () => {
    fc.assert(
      fc.property(bodyArb, (body) => {
        expect(addQualityTaskRequestSchema.safeParse(body).success).toBe(true);
        const values = fromPayload(body);
        expect(toPayload(values)).toEqual(body);
        expect(fromPayload(toPayload(values))).toEqual(values);
      }),
      { numRuns: 300 },
    );
  });
});
