import { PLAN_STATUS } from '../../src/lib/contract/index.ts';
import { countRunsBefore } from '../../src/lib/schedule/runs.ts';
import { formatLocalTime } from './local-time.ts';
import { endsAt, nextRunAt } from './schedule.ts';
import type { PlanRecord } from './state.ts';

/** Runs done so far: earlier running periods plus the runs since the plan was last started. */
export function executedRuns(plan: PlanRecord, now: number): number {
  const cron = plan.definition.cronStructure;
  if (plan.status !== PLAN_STATUS.running || plan.runningSince === null) return plan.executedBefore;
  return (
    plan.executedBefore + countRunsBefore(cron, now) - countRunsBefore(cron, plan.runningSince)
  );
}

/** One row of queryQualityTask's list (cec_07_0224). */
export function summarisePlan(plan: PlanRecord, now: number): Record<string, unknown> {
  const cron = plan.definition.cronStructure;
  const next = plan.status === PLAN_STATUS.running ? nextRunAt(cron, now) : undefined;
  const end = endsAt(cron);
  return {
    qiqtId: plan.id,
    qiqtName: plan.definition.qiqtName,
    qiqtStatus: plan.status,
    qiqtCycleType: cron.qiqtCycleType,
    qiqtStartTimeStr: formatLocalTime(cron.qiqtStartTime),
    qiqtEndTimeStr: end === undefined ? null : formatLocalTime(end),
    qiqtEndType: cron.qiqtEndType,
    qiqtTotalTimes: cron.qiqtTotalTimes ?? null,
    qiqtExecutionTimes: executedRuns(plan, now),
    nextExecutionTimeStr: next === undefined ? null : formatLocalTime(next),
    qiqtCreateTimeStr: formatLocalTime(plan.createdAt),
    qiqtCreater: plan.creator,
    interactionType: plan.definition.extractionRange.fixedColumns.interactionType,
  };
}
