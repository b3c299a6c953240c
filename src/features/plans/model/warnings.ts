import {
  CYCLE_TYPE,
  END_TYPE,
  QUALITY_TYPE,
  SET_COUNTS_TYPE,
  type AddQualityTaskRequest,
} from '@/lib/contract';
import { lastRun, totalRuns } from '@/lib/schedule/runs';

/**
 * Things that are allowed but probably not meant, shown on the review step before sending. Each
 * is a translation key under "warnings." with its values.
 */
export interface PlanWarning {
  key:
    | 'startInPast'
    | 'manyRuns'
    | 'endFarAway'
    | 'manyCalls'
    | 'largeMaximum'
    | 'largeInspectorCount'
    | 'monthlyLateDay'
    | 'zeroDuration'
    | 'everyCall';
  values?: Record<string, string | number>;
}

export const LIMITS = {
  manyRuns: 1000,
  farAwayYears: 5,
  manyCalls: 1000,
  largeInspectorCount: 1000,
} as const;

const YEAR = 365.25 * 86_400;

export function planWarnings(body: AddQualityTaskRequest, nowSeconds: number): PlanWarning[] {
  const warnings: PlanWarning[] = [];
  const cron = body.cronStructure;
  if (cron.qiqtStartTime < nowSeconds) warnings.push({ key: 'startInPast' });

  const runs = totalRuns(cron);
  if (runs !== undefined && runs > LIMITS.manyRuns) {
    warnings.push({ key: 'manyRuns', values: { count: runs } });
  }
  const last = lastRun(cron);
  const endsAt = cron.qiqtEndType === END_TYPE.byTime ? cron.qiqtEndTime : last;
  if (endsAt !== undefined && endsAt - nowSeconds > LIMITS.farAwayYears * YEAR) {
    warnings.push({ key: 'endFarAway', values: { years: LIMITS.farAwayYears } });
  }
  if (
    cron.qiqtCycleType === CYCLE_TYPE.monthly &&
    new Date(cron.qiqtStartTime * 1000).getDate() > 28
  ) {
    warnings.push({
      key: 'monthlyLateDay',
      values: { day: new Date(cron.qiqtStartTime * 1000).getDate() },
    });
  }

  const fixed = body.extractionRange.fixedColumns;
  const quantity = Number(fixed.qualityNum);
  if (fixed.qualityType !== QUALITY_TYPE.agentPercentage && quantity > LIMITS.manyCalls) {
    warnings.push({ key: 'manyCalls', values: { count: quantity } });
  } else if (fixed.qualityType === QUALITY_TYPE.agentPercentage && quantity === 100) {
    warnings.push({ key: 'everyCall' });
  }
  if (fixed.maxNum !== undefined && Number(fixed.maxNum) > LIMITS.manyCalls) {
    warnings.push({ key: 'largeMaximum', values: { count: Number(fixed.maxNum) } });
  }
  if (fixed.durationEnd !== undefined && Number(fixed.durationEnd) === 0) {
    warnings.push({ key: 'zeroDuration' });
  }

  const { setCountsType, setCounts } = body.appointQuality;
  if (setCountsType === SET_COUNTS_TYPE.average) {
    const largest = Math.max(...setCounts.map((row) => row.count ?? 0));
    if (largest > LIMITS.largeInspectorCount) {
      warnings.push({ key: 'largeInspectorCount', values: { count: largest } });
    }
  }
  return warnings;
}
