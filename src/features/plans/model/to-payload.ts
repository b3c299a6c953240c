import { END_TYPE, type AddQualityTaskRequest } from '@/lib/contract';
import { parseDuration } from './duration';
import {
  usesMaxNum,
  type AppointQualityValues,
  type CronValues,
  type FixedColumnsValues,
  type PlanFormValues,
} from './form-values';
import { localDateTimeToSeconds } from './local-time';

/**
 * Form values -> the addQualityTask body, field by field in the contract's wire types. Empty
 * optional fields are left out; fields that do not apply (the end the user did not choose, the
 * maximum for agent quantity) are left out too, but stay in the form so going back loses nothing.
 * Text that is not a number becomes NaN here; the form schema reports it before anything is sent.
 */

type Wire = AddQualityTaskRequest;
/** The body while the form may still be incomplete: required fields can be missing. */
export type CronDraft = Omit<Wire['cronStructure'], 'qiqtStartTime'> & { qiqtStartTime?: number };
export type FixedColumnsDraft = Omit<Wire['extractionRange']['fixedColumns'], 'interactionType'> & {
  interactionType?: Wire['extractionRange']['fixedColumns']['interactionType'];
};

/** '' -> undefined, digits -> the number, anything else -> NaN. */
function readWholeNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** Digit strings travel as typed, without spaces around them and without leading zeros. */
function readDigitText(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return /^\d+$/.test(trimmed) ? String(Number(trimmed)) : trimmed;
}

const withOptional = <T extends object>(entries: T): T =>
  Object.fromEntries(Object.entries(entries).filter(([, v]) => v !== undefined)) as T;

export function appointQualityToWire(values: AppointQualityValues): Wire['appointQuality'] {
  return {
    setCountsType: values.setCountsType,
    setCounts: values.setCounts.map((row) =>
      withOptional({ personID: row.personID.trim(), count: readWholeNumber(row.count) }),
    ),
  };
}

export function cronToWire(values: CronValues): CronDraft {
  const byRuns = values.qiqtEndType === END_TYPE.byRuns;
  return withOptional({
    qiqtCycleType: values.qiqtCycleType,
    qiqtStartTime: startOrEnd(values.qiqtStartTime),
    qiqtEndType: values.qiqtEndType,
    qiqtTotalTimes: byRuns ? readWholeNumber(values.qiqtTotalTimes) : undefined,
    qiqtEndTime: byRuns ? undefined : startOrEnd(values.qiqtEndTime),
  });
}

function startOrEnd(text: string): number | undefined {
  if (text === '') return undefined;
  return localDateTimeToSeconds(text) ?? Number.NaN;
}

export function fixedColumnsToWire(values: FixedColumnsValues): FixedColumnsDraft {
  const durationEnd = parseDuration(values.durationEnd);
  return withOptional({
    qualityType: values.qualityType,
    qualityNum: readDigitText(values.qualityNum) ?? '',
    maxNum: usesMaxNum(values.qualityType) ? readDigitText(values.maxNum) : undefined,
    qualityCondition: values.qualityCondition,
    interactionType: values.interactionType ?? undefined,
    durationStart: parseDuration(values.durationStart),
    durationEnd: durationEnd === undefined ? undefined : String(durationEnd),
    scoreStart: readDigitText(values.scoreStart),
    scoreEnd: readDigitText(values.scoreEnd),
    staffIds: values.staffIds.length > 0 ? [...values.staffIds] : undefined,
  });
}

/**
 * The body to send. Only meaningful for values the plan form schema accepted: then every
 * required field is present and every number is a number.
 */
export function toPayload(values: PlanFormValues): AddQualityTaskRequest {
  const role = values.currentRole.trim() === '' ? undefined : values.currentRole;
  return withOptional({
    qiqtName: values.qiqtName,
    currentRole: role,
    appointQuality: appointQualityToWire(values.appointQuality),
    cronStructure: cronToWire(values.cronStructure),
    extractionRange: withOptional({
      currentRole: role,
      fixedColumns: fixedColumnsToWire(values.extractionRange.fixedColumns),
    }),
  }) as AddQualityTaskRequest;
}
