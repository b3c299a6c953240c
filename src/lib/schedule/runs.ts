import { CYCLE_TYPE, END_TYPE, type AddQualityTaskRequest } from '../contract/index.ts';

/**
 * When a plan runs. Runs keep the start's wall-clock time in the local time zone (so 09:00 stays
 * 09:00 across daylight-saving changes). Weekly runs fall on the start's weekday. Monthly runs fall
 * on the start's day of the month, or on the month's last day when it is shorter (a plan started
 * on the 31st runs on 30 April and 28/29 February). See docs/decisions/003-plan-schedule.md.
 */

export type Cron = Pick<
  AddQualityTaskRequest['cronStructure'],
  'qiqtCycleType' | 'qiqtStartTime' | 'qiqtEndType' | 'qiqtTotalTimes' | 'qiqtEndTime'
>;

const DAY = 86_400;

/** A period a little longer than the real one, so a jump-ahead estimate never overshoots. */
const LONGEST_PERIOD: Record<Cron['qiqtCycleType'], number> = {
  [CYCLE_TYPE.daily]: DAY + 3_600,
  [CYCLE_TYPE.weekly]: 7 * DAY + 3_600,
  [CYCLE_TYPE.monthly]: 31 * DAY + 3_600,
};

/** Epoch seconds of the k-th run (k = 0 is the start), ignoring the end condition. */
export function runAt(cron: Cron, k: number): number {
  const start = new Date(cron.qiqtStartTime * 1000);
  switch (cron.qiqtCycleType) {
    case CYCLE_TYPE.daily:
    case CYCLE_TYPE.weekly: {
      const step = cron.qiqtCycleType === CYCLE_TYPE.daily ? 1 : 7;
      const d = new Date(start);
      d.setDate(d.getDate() + k * step);
      return Math.floor(d.getTime() / 1000);
    }
    case CYCLE_TYPE.monthly: {
      const targetMonth = start.getMonth() + k;
      const lastDay = new Date(start.getFullYear(), targetMonth + 1, 0).getDate();
      const d = new Date(
        start.getFullYear(),
        targetMonth,
        Math.min(start.getDate(), lastDay),
        start.getHours(),
        start.getMinutes(),
        start.getSeconds(),
      );
      return Math.floor(d.getTime() / 1000);
    }
  }
}

/** Whether the k-th run happens at all under the plan's end condition. */
function withinEnd(cron: Cron, k: number, at: number): boolean {
  if (cron.qiqtEndType === END_TYPE.byRuns) return k < (cron.qiqtTotalTimes ?? 0);
  return cron.qiqtEndTime !== undefined && at <= cron.qiqtEndTime;
}

/** The index of the first run at or after `from` (ignoring the end condition). */
function firstIndexAtOrAfter(cron: Cron, from: number): number {
  if (from <= cron.qiqtStartTime) return 0;
  let k = Math.max(
    0,
    Math.floor((from - cron.qiqtStartTime) / LONGEST_PERIOD[cron.qiqtCycleType]) - 1,
  );
  while (runAt(cron, k) < from) k++;
  return k;
}

/** Up to `limit` runs at or after `from` (default: the start), as epoch seconds. */
export function listRuns(cron: Cron, options: { from?: number; limit: number }): number[] {
  const runs: number[] = [];
  let k = firstIndexAtOrAfter(cron, options.from ?? cron.qiqtStartTime);
  while (runs.length < options.limit) {
    const at = runAt(cron, k);
    if (!withinEnd(cron, k, at)) break;
    runs.push(at);
    k++;
  }
  return runs;
}

/** How many runs happen strictly before `at`: the executions so far, seen at that moment. */
export function countRunsBefore(cron: Cron, at: number): number {
  const k = firstIndexAtOrAfter(cron, at);
  if (cron.qiqtEndType === END_TYPE.byRuns) return Math.min(k, cron.qiqtTotalTimes ?? 0);
  return k === 0 ? 0 : countRunsUntil(cron, k);
}

/** The last run the end condition allows, or undefined when there is none. */
export function lastRun(cron: Cron): number | undefined {
  if (cron.qiqtEndType === END_TYPE.byRuns) {
    const total = cron.qiqtTotalTimes ?? 0;
    return total >= 1 ? runAt(cron, total - 1) : undefined;
  }
  const end = cron.qiqtEndTime;
  if (end === undefined || end < cron.qiqtStartTime) return undefined;
  const k = firstIndexAtOrAfter(cron, end + 1) - 1;
  return k >= 0 ? runAt(cron, k) : undefined;
}

/** The number of runs with index below k that the end time allows. */
function countRunsUntil(cron: Cron, k: number): number {
  const end = cron.qiqtEndTime;
  if (end === undefined) return 0;
  return Math.min(k, firstIndexAtOrAfter(cron, end + 1));
}

/** How many runs the plan has in total (undefined when it is unbounded or the input incomplete). */
export function totalRuns(cron: Cron): number | undefined {
  if (cron.qiqtEndType === END_TYPE.byRuns) return cron.qiqtTotalTimes;
  if (cron.qiqtEndTime === undefined || cron.qiqtEndTime < cron.qiqtStartTime) return undefined;
  return firstIndexAtOrAfter(cron, cron.qiqtEndTime + 1);
}
