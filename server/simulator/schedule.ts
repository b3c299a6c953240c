import { END_TYPE } from '../../src/lib/contract/index.ts';
import { lastRun, listRuns, type Cron } from '../../src/lib/schedule/runs.ts';

/** The simulator's schedule questions, answered by the console's own maths (src/lib/schedule). */

/** Epoch seconds of the first run at or after `from`, or undefined when the plan has ended. */
export function nextRunAt(cron: Cron, from: number): number | undefined {
  return listRuns(cron, { from, limit: 1 })[0];
}

/** When the plan ends: its end time, or the time of its last run when it ends by count. */
export function endsAt(cron: Cron): number | undefined {
  return cron.qiqtEndType === END_TYPE.byTime ? cron.qiqtEndTime : lastRun(cron);
}
