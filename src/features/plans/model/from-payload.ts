import { END_TYPE, type AddQualityTaskRequest } from '@/lib/contract';
import { formatDuration } from './duration';
import { usesMaxNum, type PlanFormValues } from './form-values';
import { secondsToLocalDateTime } from './local-time';

/**
 * A valid addQualityTask body -> form values: the inverse of toPayload on the values it produces
 * (inapplicable fields come back empty, numbers in their plain spelling, durations as m:ss).
 */
export function fromPayload(body: AddQualityTaskRequest): PlanFormValues {
  const cron = body.cronStructure;
  const fixed = body.extractionRange.fixedColumns;
  const byRuns = cron.qiqtEndType === END_TYPE.byRuns;
  const text = (value: string | number | undefined) => (value === undefined ? '' : String(value));
  return {
    qiqtName: body.qiqtName,
    currentRole: body.currentRole ?? body.extractionRange.currentRole ?? '',
    appointQuality: {
      setCountsType: body.appointQuality.setCountsType,
      setCounts: body.appointQuality.setCounts.map((row) => ({
        personID: row.personID,
        count: text(row.count),
      })),
    },
    cronStructure: {
      qiqtCycleType: cron.qiqtCycleType,
      qiqtStartTime: secondsToLocalDateTime(cron.qiqtStartTime),
      qiqtEndType: cron.qiqtEndType,
      qiqtTotalTimes: byRuns ? text(cron.qiqtTotalTimes) : '',
      qiqtEndTime:
        !byRuns && cron.qiqtEndTime !== undefined ? secondsToLocalDateTime(cron.qiqtEndTime) : '',
    },
    extractionRange: {
      fixedColumns: {
        interactionType: fixed.interactionType,
        qualityType: fixed.qualityType,
        qualityNum: plainDigits(fixed.qualityNum),
        maxNum: usesMaxNum(fixed.qualityType) ? plainDigits(fixed.maxNum) : '',
        qualityCondition: fixed.qualityCondition,
        durationStart: fixed.durationStart === undefined ? '' : formatDuration(fixed.durationStart),
        durationEnd:
          fixed.durationEnd === undefined ? '' : formatDuration(Number(fixed.durationEnd)),
        scoreStart: plainDigits(fixed.scoreStart),
        scoreEnd: plainDigits(fixed.scoreEnd),
        staffIds: [...(fixed.staffIds ?? [])],
      },
    },
  };
}

/** "007" -> "7": the form shows a number the way the server reads it. */
function plainDigits(value: string | undefined): string {
  if (value === undefined) return '';
  return /^\d+$/.test(value) ? String(Number(value)) : value;
}
