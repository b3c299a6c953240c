import type * as z from 'zod/mini';
import {
  addQualityTaskRequestSchema,
  bindLeniently,
  formatPath,
  parseLosslessJson,
} from '@/lib/contract';
import { formatDuration } from './duration';
import {
  newPlanValues,
  usesMaxNum,
  type CycleType,
  type EndType,
  type InteractionType,
  type PlanFormValues,
  type QualityCondition,
  type QualityType,
  type SetCountsType,
} from './form-values';
import { secondsToLocalDateTime } from './local-time';

/**
 * "Start from JSON": an addQualityTask body (pasted or uploaded) -> wizard values, plus every way
 * it departs from the contract. The same lenient binding the server applies is used first (a
 * number where a digit string is documented is accepted, and listed); then the strict schema says
 * what is still wrong. Whatever can be read is filled in; nothing is silently dropped.
 */

export type Deviation =
  | { kind: 'converted'; path: string; from: unknown; to: unknown }
  | { kind: 'unknownField'; path: string }
  | { kind: 'missing'; path: string }
  | { kind: 'invalid'; path: string; issue: z.core.$ZodIssue }
  | { kind: 'rounded'; path: string; from: number; to: number }
  | { kind: 'notApplicable'; path: string; reason: 'endsByTime' | 'endsByRuns' | 'agentQuantity' }
  | { kind: 'notKept'; path: string }
  | { kind: 'roleDiffers'; path: string; kept: string; dropped: string };

export type ImportResult =
  | { ok: true; values: PlanFormValues; deviations: Deviation[] }
  | { ok: false; reason: 'syntax'; detail: string }
  | { ok: false; reason: 'notAnObject' };

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const objectAt = (value: unknown): Json => (isObject(value) ? value : {});
const oneOf = <T>(choices: readonly T[], value: unknown, fallback: T): T =>
  choices.includes(value as T) ? (value as T) : fallback;

/** Text for a text field: strings as they are, other scalars spelled out, the rest empty. */
const textOf = (value: unknown): string =>
  typeof value === 'string'
    ? value
    : typeof value === 'number' || typeof value === 'boolean'
      ? String(value)
      : '';

export function importPlanJson(text: string): ImportResult {
  let raw: unknown;
  try {
    raw = parseLosslessJson(text);
  } catch (error) {
    return { ok: false, reason: 'syntax', detail: error instanceof Error ? error.message : '' };
  }
  if (!isObject(raw)) return { ok: false, reason: 'notAnObject' };

  const deviations: Deviation[] = [];
  listUnknownFields(addQualityTaskRequestSchema, raw, [], deviations);

  const { value, coercions } = bindLeniently(addQualityTaskRequestSchema, raw);
  for (const c of coercions) {
    deviations.push({ kind: 'converted', path: c.path, from: c.from, to: c.to });
  }
  const body = objectAt(value);
  const { values, handled } = readValues(body, deviations);

  const strict = addQualityTaskRequestSchema.safeParse(body, { reportInput: true });
  if (!strict.success) {
    for (const issue of strict.error.issues) {
      const path = formatPath(issue.path);
      if (handled.has(path)) continue;
      const missing =
        (issue.code === 'invalid_type' || issue.code === 'invalid_value') &&
        issue.input === undefined;
      deviations.push(missing ? { kind: 'missing', path } : { kind: 'invalid', path, issue });
    }
  }
  return { ok: true, values, deviations };
}

/** Fields that addQualityTask does not have (e.g. the example's extractionRange.customColumns). */
function listUnknownFields(
  schema: z.core.$ZodType,
  value: unknown,
  path: PropertyKey[],
  out: Deviation[],
): void {
  const def = schema._zod.def as unknown as {
    type: string;
    innerType?: z.core.$ZodType;
    shape?: Record<string, z.core.$ZodType>;
    element?: z.core.$ZodType;
  };
  if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') {
    if (def.innerType) listUnknownFields(def.innerType, value, path, out);
  } else if (def.type === 'array' && def.element && Array.isArray(value)) {
    const element = def.element;
    value.forEach((item, i) => listUnknownFields(element, item, [...path, i], out));
  } else if (def.type === 'object' && def.shape && isObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      const field = def.shape[key];
      if (field) listUnknownFields(field, item, [...path, key], out);
      else out.push({ kind: 'unknownField', path: formatPath([...path, key]) });
    }
  }
}

/** Epoch seconds as the form's local time text; fractions are rounded down and listed. */
function readTime(value: unknown, path: string, out: Deviation[], handled: Set<string>): string {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) return '';
  if (!Number.isInteger(value)) {
    const whole = Math.floor(value);
    out.push({ kind: 'rounded', path, from: value, to: whole });
    handled.add(path);
    return secondsToLocalDateTime(whole);
  }
  return secondsToLocalDateTime(value);
}

function readDuration(value: unknown): string {
  const ms = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  return typeof ms === 'number' && Number.isSafeInteger(ms) && ms >= 0
    ? formatDuration(ms)
    : textOf(value);
}

function readValues(
  body: Json,
  out: Deviation[],
): { values: PlanFormValues; handled: Set<string> } {
  const defaults = newPlanValues();
  const handled = new Set<string>();
  const appoint = objectAt(body['appointQuality']);
  const cron = objectAt(body['cronStructure']);
  const range = objectAt(body['extractionRange']);
  const fixed = objectAt(range['fixedColumns']);

  const endType = oneOf<EndType>(['1', '2'], cron['qiqtEndType'], '1');
  if (endType === '2' && cron['qiqtTotalTimes'] !== undefined) {
    out.push({ kind: 'notApplicable', path: 'cronStructure.qiqtTotalTimes', reason: 'endsByTime' });
  }
  if (endType === '1' && cron['qiqtEndTime'] !== undefined) {
    out.push({ kind: 'notApplicable', path: 'cronStructure.qiqtEndTime', reason: 'endsByRuns' });
    handled.add('cronStructure.qiqtEndTime');
  }
  const qualityType = oneOf<QualityType>([1, 2, 3], fixed['qualityType'], 1);
  if (!usesMaxNum(qualityType) && fixed['maxNum'] !== undefined) {
    out.push({
      kind: 'notApplicable',
      path: 'extractionRange.fixedColumns.maxNum',
      reason: 'agentQuantity',
    });
    handled.add('extractionRange.fixedColumns.maxNum');
  }
  for (const path of ['userId', 'extractionRange.userId']) {
    const owner = path === 'userId' ? body : range;
    if (owner['userId'] !== undefined) out.push({ kind: 'notKept', path });
  }
  const role = textOf(body['currentRole']);
  const rangeRole = textOf(range['currentRole']);
  if (role !== '' && rangeRole !== '' && role !== rangeRole) {
    out.push({
      kind: 'roleDiffers',
      path: 'extractionRange.currentRole',
      kept: role,
      dropped: rangeRole,
    });
  }

  const rows = Array.isArray(appoint['setCounts']) ? appoint['setCounts'] : [];
  const values: PlanFormValues = {
    qiqtName: textOf(body['qiqtName']),
    currentRole: role !== '' ? role : rangeRole,
    appointQuality: {
      setCountsType: oneOf<SetCountsType>([0, 2], appoint['setCountsType'], 0),
      setCounts:
        rows.length > 0
          ? rows.map((row) => {
              const item = objectAt(row);
              return { personID: textOf(item['personID']), count: textOf(item['count']) };
            })
          : defaults.appointQuality.setCounts,
    },
    cronStructure: {
      qiqtCycleType: oneOf<CycleType>(['1', '2', '3'], cron['qiqtCycleType'], '2'),
      qiqtStartTime: readTime(cron['qiqtStartTime'], 'cronStructure.qiqtStartTime', out, handled),
      qiqtEndType: endType,
      qiqtTotalTimes: endType === '1' ? textOf(cron['qiqtTotalTimes']) : '',
      qiqtEndTime:
        endType === '2'
          ? readTime(cron['qiqtEndTime'], 'cronStructure.qiqtEndTime', out, handled)
          : '',
    },
    extractionRange: {
      fixedColumns: {
        interactionType: oneOf<InteractionType | null>([0, 1], fixed['interactionType'], null),
        qualityType,
        qualityNum: textOf(fixed['qualityNum']),
        maxNum: usesMaxNum(qualityType) ? textOf(fixed['maxNum']) : '',
        qualityCondition: oneOf<QualityCondition>([0, 1, 2], fixed['qualityCondition'], 0),
        durationStart: readDuration(fixed['durationStart']),
        durationEnd: readDuration(fixed['durationEnd']),
        scoreStart: textOf(fixed['scoreStart']),
        scoreEnd: textOf(fixed['scoreEnd']),
        staffIds: Array.isArray(fixed['staffIds'])
          ? fixed['staffIds'].map(textOf).filter((id) => id !== '')
          : [],
      },
    },
  };
  return { values, handled };
}
