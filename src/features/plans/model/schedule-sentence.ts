import { CYCLE_TYPE, END_TYPE } from '@/lib/contract';
import type { Language, TFunction } from '@/lib/i18n';
import { lastRun, totalRuns, type Cron } from '@/lib/schedule/runs';
import { formatDate, formatDateTime, formatTime, formatWeekday } from './format-time';

/**
 * "Every week on Monday at 09:00 from 7 Jan 2030, 12 times, last run 25 Mar 2030": what a
 * schedule will do, in the user's language. Weekly runs fall on the start's weekday and monthly
 * runs on the start's day (see docs/decisions/003-plan-schedule.md), so the sentence names them.
 */
export function describeSchedule(cron: Cron, t: TFunction, language: Language): string {
  const start = cron.qiqtStartTime;
  const time = formatTime(start, language);
  const day = new Date(start * 1000).getDate();
  const repeat =
    cron.qiqtCycleType === CYCLE_TYPE.daily
      ? t('schedule.repeat.daily', { time })
      : cron.qiqtCycleType === CYCLE_TYPE.weekly
        ? t('schedule.repeat.weekly', { time, weekday: formatWeekday(start, language) })
        : day > 28
          ? t('schedule.repeat.monthlyLate', { time, day })
          : t('schedule.repeat.monthly', { time, day });

  const count = totalRuns(cron) ?? 0;
  const last = lastRun(cron);
  const values = {
    repeat,
    start: formatDate(start, language),
    count,
    last: last === undefined ? '' : formatDate(last, language),
  };
  if (cron.qiqtEndType === END_TYPE.byRuns) return t('schedule.sentence.byRuns', values);
  return t('schedule.sentence.byTime', {
    ...values,
    end: formatDateTime(cron.qiqtEndTime ?? start, language),
  });
}
