import { describe, expect, it } from 'vitest';
import { pinTimeZone } from '@/testing/pin-time-zone';
import { validPlanRequest } from '@/testing/fixtures/valid-requests';
import { getFixedT } from '@/lib/i18n';
import type { Cron } from '@/lib/schedule/runs';
import { summarizePlan } from './plan-summary';
import { describeSchedule } from './schedule-sentence';

pinTimeZone('Asia/Shanghai');

const en = getFixedT('en', 'plans');
const zh = getFixedT('zh', 'plans');
const local = (y: number, m: number, d: number, h = 9) =>
  Math.floor(new Date(y, m - 1, d, h).getTime() / 1000);

const weekly12: Cron = {
  qiqtCycleType: '2',
  qiqtStartTime: local(2029, 12, 31), // a Monday
  qiqtEndType: '1',
  qiqtTotalTimes: 12,
};

describe('describeSchedule', () => {
  it('says what a weekly plan ending after a number of runs does', () => {
    expect(describeSchedule(weekly12, en, 'en')).toBe(
      'Every week on Monday at 09:00 from 31 Dec 2029, 12 times, last run 18 Mar 2030',
    );
  });

  it('says it in Chinese', () => {
    expect(describeSchedule(weekly12, zh, 'zh')).toBe(
      '从 2029年12月31日 起，每周的星期一 09:00执行，共 12 次，最后一次在 2030年3月18日',
    );
  });

  it('names the month-end rule for a monthly plan started late in the month', () => {
    const cron: Cron = {
      qiqtCycleType: '3',
      qiqtStartTime: local(2030, 1, 31, 17),
      qiqtEndType: '2',
      qiqtEndTime: local(2030, 4, 30, 18),
    };
    expect(describeSchedule(cron, en, 'en')).toBe(
      "Every month on day 31 (or the month's last day when it is shorter) at 17:00 from 31 Jan 2030 until 30 Apr 2030, 18:00: 4 times, last run 30 Apr 2030",
    );
  });

  it('says "once" for a single run', () => {
    const cron: Cron = { ...weekly12, qiqtCycleType: '1', qiqtTotalTimes: 1 };
    expect(describeSchedule(cron, en, 'en')).toBe('Every day at 09:00 from 31 Dec 2029, once');
  });
});

describe('summarizePlan', () => {
  it('describes every part of the plan in plain language', () => {
    const body = validPlanRequest();
    body.cronStructure.qiqtStartTime = weekly12.qiqtStartTime;
    expect(summarizePlan(body, en, 'en')).toEqual([
      'Plan “Weekly billing sample”, created as qualityDirector.',
      '2 inspectors share the calls by percentage: inspector-01 40%, inspector-02 60%.',
      'Every week on Monday at 09:00 from 31 Dec 2029, 12 times, last run 18 Mar 2030.',
      'Each run samples 100 recordings from all calls in scope, at most 10.',
      'Calls: sampled or not; 0:30 to 10:00 long; scored 0 to 100; from agent agent-7.',
    ]);
  });

  it('shortens a long list of inspectors', () => {
    const body = validPlanRequest();
    body.appointQuality = {
      setCountsType: 0,
      setCounts: Array.from({ length: 8 }, (_, i) => ({ personID: `qa${i}`, count: 1 })),
    };
    expect(summarizePlan(body, en, 'en')[1]).toBe(
      '8 inspectors, by number of calls: qa0 1 call, qa1 1 call, qa2 1 call, qa3 1 call, qa4 1 call and 3 more.',
    );
  });
});
