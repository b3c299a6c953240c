import { afterEach, describe, expect, it } from 'vitest';
import { FAILURE_CODES, SUCCESS_CODES } from '../../../src/lib/contract/index.ts';
import { REFERENCE_PLAN_EXAMPLE_JSON } from '../../../src/testing/fixtures/reference-examples.ts';
import { planJson, validPlan, withValue } from '../../testing/fixtures.ts';
import { closeAll, simulatorClient, startSimulator } from '../../testing/servers.ts';
import { formatLocalTime } from '../local-time.ts';
import { SEED_BIG_PLAN_ID } from '../seed.ts';

afterEach(closeAll);

const OK = SUCCESS_CODES.regularqualitytask;
const INVALID = FAILURE_CODES.regularqualitytask.invalid;
const NOT_FOUND = FAILURE_CODES.regularqualitytask.notFound;
const TIME_TEXT = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;

async function client() {
  const { url } = await startSimulator();
  return simulatorClient(url);
}

type Row = Record<string, unknown>;
async function listPlans(api: Awaited<ReturnType<typeof client>>): Promise<Row[]> {
  const answer = await api.call('queryQualityTask', { page: 1, rows: 100 });
  expect(answer.json?.resultCode).toBe(OK);
  return answer.json?.list as Row[];
}

describe('simulator plans: happy paths', () => {
  it('adds a plan, answering a string objId of 18-20 digits, and lists it as stopped', async () => {
    const api = await client();
    const added = await api.call('addQualityTask', validPlan());
    expect(added.status).toBe(200);
    expect(added.json).toMatchObject({ resultCode: OK, resultDesc: 'success' });
    expect(added.text).toMatch(/"objId":"\d{18,20}"/);
    const objId = String(added.json?.objId);

    const row = (await listPlans(api)).find((p) => p.qiqtId === objId);
    expect(row).toMatchObject({
      qiqtName: 'Nightly refund calls',
      qiqtStatus: 1,
      qiqtCycleType: '1',
      qiqtEndType: '1',
      qiqtTotalTimes: 30,
      qiqtExecutionTimes: 0,
      nextExecutionTimeStr: null,
      // Ends by count: the end shown is the 30th daily run.
      qiqtEndTimeStr: formatLocalTime(1_798_761_600 + 29 * 86_400),
      qiqtCreater: 'director.test',
      interactionType: 0,
      qiqtStartTimeStr: formatLocalTime(1_798_761_600),
    });
    expect(row?.qiqtCreateTimeStr).toMatch(TIME_TEXT);
  });

  it('begins, updates, stops and deletes a plan', async () => {
    const api = await client();
    const objId = String((await api.call('addQualityTask', validPlan())).json?.objId);
    const id = { regularQualityTaskId: objId };

    expect((await api.call('beginQualityTask', id)).json?.resultCode).toBe(OK);
    let row = (await listPlans(api)).find((p) => p.qiqtId === objId);
    expect(row?.qiqtStatus).toBe(2);
    expect(row?.nextExecutionTimeStr).toMatch(TIME_TEXT);

    const renamed = { ...validPlan({ qiqtName: 'Renamed plan' }), regularQualityTaskId: objId };
    expect((await api.call('updateQualityTask', renamed)).json?.resultCode).toBe(OK);
    row = (await listPlans(api)).find((p) => p.qiqtId === objId);
    expect(row).toMatchObject({ qiqtName: 'Renamed plan', qiqtStatus: 2 });

    expect((await api.call('stopQualityTask', id)).json?.resultCode).toBe(OK);
    row = (await listPlans(api)).find((p) => p.qiqtId === objId);
    expect(row).toMatchObject({ qiqtStatus: 1, nextExecutionTimeStr: null });

    expect((await api.call('deleteQualityTask', id)).json?.resultCode).toBe(OK);
    expect((await listPlans(api)).some((p) => p.qiqtId === objId)).toBe(false);
  });

  it('lists the seeded plans, one running and one stopped, ids written as JSON strings', async () => {
    const api = await client();
    const answer = await api.call('queryQualityTask', { page: 1, rows: 10 });
    expect(answer.json?.total).toBe(2);
    expect(answer.text).toContain(`"qiqtId":"${SEED_BIG_PLAN_ID}"`);
    const statuses = (answer.json?.list as Row[]).map((p) => p.qiqtStatus).sort();
    expect(statuses).toEqual([1, 2]);
  });

  it('pages the plan list', async () => {
    const api = await client();
    for (let i = 0; i < 3; i++) await api.call('addQualityTask', validPlan({ qiqtName: `P${i}` }));
    const first = await api.call('queryQualityTask', { page: 1, rows: 2 });
    const third = await api.call('queryQualityTask', { page: 3, rows: 2 });
    expect(first.json?.total).toBe(5);
    expect(first.json?.list).toHaveLength(2);
    expect(third.json?.list).toHaveLength(1);
  });

  it('works on the 20-digit seeded plan id, sent as a string or as a bare JSON number', async () => {
    const api = await client();
    const asString = await api.call('stopQualityTask', { regularQualityTaskId: SEED_BIG_PLAN_ID });
    expect(asString.json?.resultCode).toBe(OK);
    const asNumber = await api.raw(
      'beginQualityTask',
      `{"regularQualityTaskId":${SEED_BIG_PLAN_ID}}`,
    );
    expect(asNumber.json?.resultCode).toBe(OK);
    const row = (await listPlans(api)).find((p) => p.qiqtId === SEED_BIG_PLAN_ID);
    expect(row?.qiqtStatus).toBe(2);
  });

  it('counts executed runs while running and freezes the count while stopped', async () => {
    let now = Date.UTC(2030, 0, 1);
    const { url } = await startSimulator({ now: () => now });
    const start = Math.floor(now / 1000) + 3600;
    const plan = validPlan({
      cronStructure: {
        qiqtCycleType: '1',
        qiqtStartTime: start,
        qiqtEndType: '1',
        qiqtTotalTimes: 10,
      },
    });
    let api = await simulatorClient(url);
    const objId = String((await api.call('addQualityTask', plan)).json?.objId);
    await api.call('beginQualityTask', { regularQualityTaskId: objId });

    now += 3 * 86_400_000; // runs at start, +1 day, +2 days have passed
    api = await simulatorClient(url); // the old token expired with the clock
    let row = (await listPlans(api)).find((p) => p.qiqtId === objId);
    expect(row?.qiqtExecutionTimes).toBe(3);
    expect(row?.nextExecutionTimeStr).toBe(formatLocalTime(start + 3 * 86_400));

    await api.call('stopQualityTask', { regularQualityTaskId: objId });
    now += 2 * 86_400_000;
    api = await simulatorClient(url);
    row = (await listPlans(api)).find((p) => p.qiqtId === objId);
    expect(row?.qiqtExecutionTimes).toBe(3);
  });

  it('accepts an agent-quantity plan without maxNum', async () => {
    const api = await client();
    const plan = withValue(planJson(), 'extractionRange.fixedColumns.qualityType', 2);
    const answer = await api.raw(
      'addQualityTask',
      withValue(plan, 'extractionRange.fixedColumns.maxNum', undefined),
    );
    expect(answer.json?.resultCode).toBe(OK);
  });
});

describe('simulator plans: every contract rule refuses with a resultDesc naming the field', () => {
  const FC = 'extractionRange.fixedColumns';
  const average = (plan: Record<string, unknown>) =>
    withValue(plan, 'appointQuality.setCountsType', 0);
  const byTime = (plan: Record<string, unknown>) =>
    withValue(plan, 'cronStructure.qiqtEndType', '2');
  const cases: Array<[string, (plan: Record<string, unknown>) => unknown, string]> = [
    ['name required', (p) => withValue(p, 'qiqtName', ''), 'qiqtName is required'],
    ['name length', (p) => withValue(p, 'qiqtName', 'x'.repeat(65)), 'qiqtName must be at most 64'],
    ['name blank', (p) => withValue(p, 'qiqtName', '   '), 'qiqtName must not be blank'],
    [
      'setCountsType enum',
      (p) => withValue(p, 'appointQuality.setCountsType', 1),
      'appointQuality.setCountsType must be 0',
    ],
    [
      'at least one inspector',
      (p) => withValue(p, 'appointQuality.setCounts', []),
      'appointQuality.setCounts needs at least one',
    ],
    [
      'personID length',
      (p) => withValue(p, 'appointQuality.setCounts[0].personID', 'p'.repeat(65)),
      'appointQuality.setCounts[0].personID must be at most 64',
    ],
    [
      'personID unique',
      (p) => withValue(p, 'appointQuality.setCounts[1].personID', 'qa.anna'),
      'appointQuality.setCounts[1].personID "qa.anna" appears twice',
    ],
    [
      'count required when averaging',
      (p) => withValue(average(p), 'appointQuality.setCounts[0].count', undefined),
      'appointQuality.setCounts[0].count is required when setCountsType is 0',
    ],
    [
      'count at most 8 digits',
      (p) => withValue(average(p), 'appointQuality.setCounts[0].count', 100_000_000),
      'appointQuality.setCounts[0].count must be at most 99999999',
    ],
    [
      'percentage range',
      (p) => withValue(p, 'appointQuality.setCounts[0].count', 0),
      'appointQuality.setCounts[0].count must be a percentage from 1 to 100',
    ],
    [
      'percentages sum to 100',
      (p) => withValue(p, 'appointQuality.setCounts[0].count', 20),
      'appointQuality.setCounts percentages must add up to exactly 100 (they add up to 90)',
    ],
    [
      'cycle type enum',
      (p) => withValue(p, 'cronStructure.qiqtCycleType', '4'),
      'cronStructure.qiqtCycleType must be "1"',
    ],
    [
      'start time integer',
      (p) => withValue(p, 'cronStructure.qiqtStartTime', 1609295228.86),
      'cronStructure.qiqtStartTime must be a whole number',
    ],
    [
      'start time 10 digits',
      (p) => withValue(p, 'cronStructure.qiqtStartTime', 10_000_000_000),
      'cronStructure.qiqtStartTime must be at most 9999999999',
    ],
    [
      'end type enum',
      (p) => withValue(p, 'cronStructure.qiqtEndType', '3'),
      'cronStructure.qiqtEndType must be "1"',
    ],
    [
      'total runs required when ending by count',
      (p) => withValue(p, 'cronStructure.qiqtTotalTimes', undefined),
      'cronStructure.qiqtTotalTimes is required when qiqtEndType is "1"',
    ],
    [
      'total runs at least 1',
      (p) => withValue(p, 'cronStructure.qiqtTotalTimes', 0),
      'cronStructure.qiqtTotalTimes must be at least 1',
    ],
    [
      'end time required when ending by time',
      (p) => byTime(p),
      'cronStructure.qiqtEndTime is required when qiqtEndType is "2"',
    ],
    [
      'end time after start',
      (p) => withValue(byTime(p), 'cronStructure.qiqtEndTime', 1_798_761_600),
      'cronStructure.qiqtEndTime must be after qiqtStartTime',
    ],
    [
      'quality type enum',
      (p) => withValue(p, `${FC}.qualityType`, 4),
      `${FC}.qualityType must be 1`,
    ],
    [
      'qualityNum digits',
      (p) => withValue(p, `${FC}.qualityNum`, '12a'),
      `${FC}.qualityNum must contain digits only`,
    ],
    [
      'qualityNum at most 10000',
      (p) => withValue(p, `${FC}.qualityNum`, '10001'),
      `${FC}.qualityNum must be at most 10000`,
    ],
    [
      'qualityNum at most 8 chars',
      (p) => withValue(p, `${FC}.qualityNum`, '000000001'),
      `${FC}.qualityNum must be at most 8 digits`,
    ],
    [
      'qualityNum is a percentage for type 3',
      (p) => withValue(withValue(p, `${FC}.qualityType`, 3), `${FC}.qualityNum`, '150'),
      `${FC}.qualityNum must be a percentage from 1 to 100`,
    ],
    [
      'maxNum required unless type 2',
      (p) => withValue(p, `${FC}.maxNum`, undefined),
      `${FC}.maxNum is required and must be at least 1 when qualityType is not 2`,
    ],
    [
      'maxNum at least 1',
      (p) => withValue(p, `${FC}.maxNum`, '0'),
      `${FC}.maxNum is required and must be at least 1`,
    ],
    [
      'qualityCondition enum',
      (p) => withValue(p, `${FC}.qualityCondition`, 3),
      `${FC}.qualityCondition must be 0`,
    ],
    [
      'interactionType required',
      (p) => withValue(p, `${FC}.interactionType`, undefined),
      `${FC}.interactionType is required`,
    ],
    [
      'interactionType enum',
      (p) => withValue(p, `${FC}.interactionType`, 2),
      `${FC}.interactionType must be 0`,
    ],
    [
      'duration order',
      (p) => withValue(p, `${FC}.durationEnd`, '999'),
      `${FC}.durationEnd must be at least durationStart`,
    ],
    [
      'duration 11 digits',
      (p) => withValue(p, `${FC}.durationEnd`, '100000000000'),
      `${FC}.durationEnd must be at most 11 digits`,
    ],
    [
      'score range',
      (p) => withValue(p, `${FC}.scoreStart`, '10001'),
      `${FC}.scoreStart must be at most 10000`,
    ],
    [
      'score order',
      (p) => withValue(withValue(p, `${FC}.scoreStart`, '50'), `${FC}.scoreEnd`, '10'),
      `${FC}.scoreEnd must be at least scoreStart`,
    ],
    [
      'staffIds is a list',
      (p) => withValue(p, `${FC}.staffIds`, 'agent-1'),
      `${FC}.staffIds must be a list`,
    ],
  ];

  it.each(cases)('%s', async (_rule, breakIt, expected) => {
    const api = await client();
    const answer = await api.raw('addQualityTask', breakIt(planJson()));
    expect(answer.status).toBe(200);
    expect(answer.json?.resultCode).toBe(INVALID);
    expect(String(answer.json?.resultDesc)).toContain(expected);
  });

  it('page and rows of the plan list are checked', async () => {
    const api = await client();
    const answer = await api.raw('queryQualityTask', { page: 0, rows: 101 });
    expect(answer.json?.resultCode).toBe(INVALID);
    expect(answer.json?.resultDesc).toBe('page must be at least 1; rows must be at most 100');
  });

  it('an unknown plan id answers notFound naming regularQualityTaskId', async () => {
    const api = await client();
    for (const name of ['beginQualityTask', 'stopQualityTask', 'deleteQualityTask'] as const) {
      const answer = await api.call(name, { regularQualityTaskId: '12345678901234567890' });
      expect(answer.json).toEqual({
        resultCode: NOT_FOUND,
        resultDesc: 'regularQualityTaskId names no existing plan (12345678901234567890)',
      });
    }
    const update = await api.call('updateQualityTask', {
      ...validPlan(),
      regularQualityTaskId: '42',
    });
    expect(update.json?.resultCode).toBe(NOT_FOUND);
  });

  it('a plan id that is not digits is refused naming the field', async () => {
    const api = await client();
    const answer = await api.raw('beginQualityTask', { regularQualityTaskId: '12ab' });
    expect(answer.json?.resultCode).toBe(INVALID);
    expect(answer.json?.resultDesc).toBe('regularQualityTaskId must be an id of 1 to 20 digits');
  });

  it('addQualityTask needs the operator (x-UserId)', async () => {
    const { url } = await startSimulator();
    const api = await simulatorClient(url, '');
    const answer = await api.call('addQualityTask', validPlan());
    expect(answer.json?.resultCode).toBe(INVALID);
    expect(answer.json?.resultDesc).toContain('x-UserId');
  });
});

describe('simulator plans: the lenient binder', () => {
  it('accepts numbers where digit strings are documented, and digit strings for integers and enums', async () => {
    const api = await client();
    let plan = planJson();
    plan = withValue(plan, 'extractionRange.fixedColumns.qualityNum', 100);
    plan = withValue(plan, 'extractionRange.fixedColumns.maxNum', 10);
    plan = withValue(plan, 'extractionRange.fixedColumns.scoreEnd', 90);
    plan = withValue(plan, 'extractionRange.fixedColumns.durationEnd', 600000);
    plan = withValue(plan, 'appointQuality.setCountsType', '2');
    plan = withValue(plan, 'appointQuality.setCounts[0].count', '30');
    plan = withValue(plan, 'cronStructure.qiqtStartTime', '1798761600');
    plan = withValue(plan, 'cronStructure.qiqtCycleType', 1);
    plan = withValue(plan, 'cronStructure.qiqtEndType', 1);
    plan = withValue(plan, 'extractionRange.fixedColumns.interactionType', '1');
    const answer = await api.raw('addQualityTask', plan);
    expect(answer.json?.resultCode).toBe(OK);
    const row = (await listPlans(api)).find((p) => p.qiqtId === answer.json?.objId);
    expect(row).toMatchObject({ qiqtCycleType: '1', interactionType: 1 });
  });

  it('still refuses what a binder cannot convert', async () => {
    const api = await client();
    const answer = await api.raw(
      'addQualityTask',
      withValue(planJson(), 'appointQuality.setCounts[0].count', '3a'),
    );
    expect(answer.json?.resultCode).toBe(INVALID);
    expect(answer.json?.resultDesc).toBe(
      'appointQuality.setCounts[0].count must be a whole number',
    );
  });

  it('refuses the reference plan example, naming interactionType and qiqtStartTime', async () => {
    const api = await client();
    const answer = await api.raw('addQualityTask', REFERENCE_PLAN_EXAMPLE_JSON);
    expect(answer.json?.resultCode).toBe(INVALID);
    const desc = String(answer.json?.resultDesc);
    expect(desc).toContain('cronStructure.qiqtStartTime must be a whole number');
    expect(desc).toContain('extractionRange.fixedColumns.interactionType is required');
  });
});
