import { countRunsBefore, lastRun, listRuns, type Cron } from '../../src/lib/schedule/runs.ts';

/** The simulator's only door to the schedule maths (src/lib/schedule/runs.ts). */

export type PlanCron = Cron;

/** Epoch seconds of the first run at or after `from`, or undefined when the plan has ended. */
export function nextRunAt(cron: PlanCron, from: number): number | undefined {
  return listRuns(cron, { from, limit: 1 })[0];
}

/** How many runs the schedule has strictly before `at`, respecting the end condition. */
export function runsBefore(cron: PlanCron, at: number): number {
  return countRunsBefore(cron, at);
}

/** When the plan ends: its end time, or the time of its last run when it ends by count. */
export function endsAt(cron: PlanCron): number | undefined {
  return cron.qiqtEndType === '2' ? cron.qiqtEndTime : lastRun(cron);
}
