import { describe, expect, it } from 'vitest';
import { pinTimeZone } from '../../testing/pin-time-zone';
import { CYCLE_TYPE, END_TYPE } from '../contract/index.ts';
import { countRunsBefore, lastRun, listRuns, runAt, totalRuns, type Cron } from './runs.ts';

// Runs are local wall-clock times: pin a zone with a daylight-saving change (last Sunday of
// March 2030 is 31 March; clocks go 02:00 -> 03:00) so the assertions mean the same everywhere.
// Set at import time: describe bodies below build their plans before any beforeAll would run.
pinTimeZone('Europe/Berlin');

/** Epoch seconds of a local wall-clock time. */
const local = (y: number, m: number, d: number, h = 9, min = 0) =>
  Math.floor(new Date(y, m - 1, d, h, min).getTime() / 1000);

/** "2030-03-31 09:00" in the pinned zone, for readable expectations. */
const show = (seconds: number) => {
  const d = new Date(seconds * 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

const cron = (overrides: Partial<Cron>): Cron => ({
  qiqtCycleType: CYCLE_TYPE.daily,
  qiqtStartTime: local(2030, 1, 1),
  qiqtEndType: END_TYPE.byRuns,
  qiqtTotalTimes: 10,
  ...overrides,
});

describe('runAt', () => {
  it('is the start itself for k = 0', () => {
    const plan = cron({ qiqtStartTime: local(2030, 5, 6, 14, 30) });
    expect(runAt(plan, 0)).toBe(plan.qiqtStartTime);
  });

  it('keeps the wall-clock time of a daily plan across the spring daylight-saving change', () => {
    const plan = cron({ qiqtStartTime: local(2030, 3, 29) });
    const runs = [0, 1, 2, 3].map((k) => show(runAt(plan, k)));
    expect(runs).toEqual([
      '2030-03-29 09:00',
      '2030-03-30 09:00',
      '2030-03-31 09:00',
      '2030-04-01 09:00',
    ]);
    // The night of the change is an hour short: proof the runs are not 24 h apart.
    expect(runAt(plan, 2) - runAt(plan, 1)).toBe(23 * 3600);
  });

  it('keeps the wall-clock time across the autumn change (27 October 2030)', () => {
    const plan = cron({ qiqtStartTime: local(2030, 10, 26, 9) });
    expect(show(runAt(plan, 1))).toBe('2030-10-27 09:00');
    expect(runAt(plan, 1) - runAt(plan, 0)).toBe(25 * 3600);
  });

  it('runs a weekly plan on the weekday of its start', () => {
    const monday = local(2030, 1, 7); // 7 January 2030 is a Monday
    const plan = cron({ qiqtCycleType: CYCLE_TYPE.weekly, qiqtStartTime: monday });
    const runs = [0, 1, 2, 12].map((k) => new Date(runAt(plan, k) * 1000));
    expect(runs.map((d) => d.getDay())).toEqual([1, 1, 1, 1]);
    expect(runs.map((d) => d.getHours())).toEqual([9, 9, 9, 9]);
    expect(show(runAt(plan, 11))).toBe('2030-03-25 09:00');
  });

  it('runs a monthly plan started on the 31st on the last day of shorter months', () => {
    const plan = cron({ qiqtCycleType: CYCLE_TYPE.monthly, qiqtStartTime: local(2030, 1, 31) });
    const runs = [0, 1, 2, 3, 4].map((k) => show(runAt(plan, k)));
    expect(runs).toEqual([
      '2030-01-31 09:00',
      '2030-02-28 09:00',
      '2030-03-31 09:00',
      '2030-04-30 09:00',
      '2030-05-31 09:00',
    ]);
  });

  it('uses 29 February in a leap year and goes back to the start day afterwards', () => {
    const plan = cron({ qiqtCycleType: CYCLE_TYPE.monthly, qiqtStartTime: local(2031, 12, 30) });
    expect([0, 1, 2, 3].map((k) => show(runAt(plan, k)))).toEqual([
      '2031-12-30 09:00',
      '2032-01-30 09:00',
      '2032-02-29 09:00',
      '2032-03-30 09:00',
    ]);
  });

  it('crosses a year boundary for monthly plans', () => {
    const plan = cron({ qiqtCycleType: CYCLE_TYPE.monthly, qiqtStartTime: local(2030, 11, 15) });
    expect(show(runAt(plan, 2))).toBe('2031-01-15 09:00');
  });
});

describe('listRuns', () => {
  it('stops after the number of runs', () => {
    const plan = cron({ qiqtTotalTimes: 3 });
    expect(listRuns(plan, { limit: 5 }).map(show)).toEqual([
      '2030-01-01 09:00',
      '2030-01-02 09:00',
      '2030-01-03 09:00',
    ]);
  });

  it('includes a run that falls exactly on the end time, and none after it', () => {
    const plan = cron({
      qiqtEndType: END_TYPE.byTime,
      qiqtTotalTimes: undefined,
      qiqtEndTime: local(2030, 1, 3),
    });
    expect(listRuns(plan, { limit: 10 }).map(show)).toEqual([
      '2030-01-01 09:00',
      '2030-01-02 09:00',
      '2030-01-03 09:00',
    ]);
  });

  it('starts from a later moment when asked, skipping the runs before it', () => {
    const plan = cron({ qiqtCycleType: CYCLE_TYPE.weekly, qiqtTotalTimes: 100 });
    const from = local(2030, 6, 1, 12); // a Saturday
    const runs = listRuns(plan, { from, limit: 2 });
    expect(runs.map(show)).toEqual(['2030-06-04 09:00', '2030-06-11 09:00']);
  });

  it('counts a run at exactly `from` as upcoming', () => {
    const plan = cron({ qiqtTotalTimes: 100 });
    expect(listRuns(plan, { from: local(2030, 1, 5), limit: 1 }).map(show)).toEqual([
      '2030-01-05 09:00',
    ]);
  });

  it('finds far-away monthly runs without walking from the start', () => {
    const plan = cron({
      qiqtCycleType: CYCLE_TYPE.monthly,
      qiqtStartTime: local(2030, 1, 31),
      qiqtTotalTimes: 99_999_999,
    });
    const runs = listRuns(plan, { from: local(2130, 2, 1), limit: 2 });
    expect(runs.map(show)).toEqual(['2130-02-28 09:00', '2130-03-31 09:00']);
  });

  it('returns nothing when the end time is before the start', () => {
    const plan = cron({
      qiqtEndType: END_TYPE.byTime,
      qiqtEndTime: local(2029, 12, 31),
    });
    expect(listRuns(plan, { limit: 5 })).toEqual([]);
  });
});

describe('totalRuns and lastRun', () => {
  it('are the count and its last run when ending by number of runs', () => {
    const plan = cron({ qiqtCycleType: CYCLE_TYPE.weekly, qiqtStartTime: local(2029, 12, 31) });
    const twelve = { ...plan, qiqtTotalTimes: 12 };
    expect(totalRuns(twelve)).toBe(12);
    expect(show(lastRun(twelve) ?? 0)).toBe('2030-03-18 09:00');
  });

  it('count the runs up to an end time', () => {
    const plan = cron({
      qiqtCycleType: CYCLE_TYPE.monthly,
      qiqtStartTime: local(2030, 1, 31),
      qiqtEndType: END_TYPE.byTime,
      qiqtTotalTimes: undefined,
      qiqtEndTime: local(2030, 4, 30, 8, 59), // one minute before the April run
    });
    expect(totalRuns(plan)).toBe(3);
    expect(show(lastRun(plan) ?? 0)).toBe('2030-03-31 09:00');
  });

  it('agree with listRuns', () => {
    const plan = cron({
      qiqtCycleType: CYCLE_TYPE.daily,
      qiqtEndType: END_TYPE.byTime,
      qiqtEndTime: local(2030, 4, 10, 18),
    });
    const all = listRuns(plan, { limit: 1000 });
    expect(totalRuns(plan)).toBe(all.length);
    expect(lastRun(plan)).toBe(all.at(-1));
  });

  it('are undefined or zero when the plan never runs', () => {
    expect(lastRun(cron({ qiqtTotalTimes: 0 }))).toBeUndefined();
    const endsBefore = cron({ qiqtEndType: END_TYPE.byTime, qiqtEndTime: local(2029, 1, 1) });
    expect(totalRuns(endsBefore)).toBeUndefined();
    expect(lastRun(endsBefore)).toBeUndefined();
  });
});

describe('countRunsBefore', () => {
  const plan = cron({ qiqtTotalTimes: 5 });

  it('is zero before the start and at the start itself', () => {
    expect(countRunsBefore(plan, local(2029, 12, 1))).toBe(0);
    expect(countRunsBefore(plan, plan.qiqtStartTime)).toBe(0);
  });

  it('counts the runs strictly before a moment', () => {
    expect(countRunsBefore(plan, local(2030, 1, 3, 9))).toBe(2);
    expect(countRunsBefore(plan, local(2030, 1, 3, 9, 1))).toBe(3);
  });

  it('never exceeds the number of runs, or the runs up to the end time', () => {
    expect(countRunsBefore(plan, local(2031, 1, 1))).toBe(5);
    const byTime = cron({ qiqtEndType: END_TYPE.byTime, qiqtEndTime: local(2030, 1, 4, 12) });
    expect(countRunsBefore(byTime, local(2031, 1, 1))).toBe(4);
  });
});
