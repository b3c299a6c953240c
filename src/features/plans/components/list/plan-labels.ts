import { CYCLE_TYPE, END_TYPE, PLAN_STATUS, type PlanSummary } from '@/lib/contract';
import type { TFunction } from '@/lib/i18n';

/** How a plan-list row reads: the list answer's codes turned into words. */

export const isRunning = (plan: PlanSummary) => plan.qiqtStatus === PLAN_STATUS.running;

export function cycleLabel(plan: PlanSummary, t: TFunction): string {
  switch (plan.qiqtCycleType) {
    case CYCLE_TYPE.daily:
      return t('list.cycle.daily');
    case CYCLE_TYPE.weekly:
      return t('list.cycle.weekly');
    case CYCLE_TYPE.monthly:
      return t('list.cycle.monthly');
    default:
      return plan.qiqtCycleType ?? '—';
  }
}

export function endLabel(plan: PlanSummary, t: TFunction): string {
  if (plan.qiqtEndType === END_TYPE.byRuns && plan.qiqtTotalTimes != null) {
    return t('list.end.byRuns', { count: plan.qiqtTotalTimes });
  }
  if (plan.qiqtEndType === END_TYPE.byTime && plan.qiqtEndTimeStr) {
    return t('list.end.byTime', { time: plan.qiqtEndTimeStr });
  }
  return '—';
}

export function executionsLabel(plan: PlanSummary, t: TFunction): string {
  const done = plan.qiqtExecutionTimes ?? 0;
  return plan.qiqtEndType === END_TYPE.byRuns && plan.qiqtTotalTimes != null
    ? t('list.executionsOf', { done, total: plan.qiqtTotalTimes })
    : String(done);
}
