import type { FieldPath } from 'react-hook-form';
import type { PlanFormValues } from './form-values';
import { stepOfField, type WizardStep } from './steps';

/**
 * The server names the field it refuses at the start of resultDesc, in the contract's path
 * spelling: "cronStructure.qiqtEndTime must be after qiqtStartTime" or
 * "appointQuality.setCounts[1].count must be ...". This finds the wizard field and step for it.
 */

const LEADING_PATH = /^([A-Za-z_]\w*(?:\.[A-Za-z_]\w*|\[\d+\])*)(?:\s|:|$)/;

/** The form fields a server path can land on; deeper paths stop at the nearest one. */
const FIELD_PATTERNS: RegExp[] = [
  /^qiqtName$/,
  /^currentRole$/,
  /^appointQuality\.setCountsType$/,
  /^appointQuality\.setCounts\.\d+\.(personID|count)$/,
  /^appointQuality\.setCounts$/,
  /^cronStructure\.(qiqtCycleType|qiqtStartTime|qiqtEndType|qiqtTotalTimes|qiqtEndTime)$/,
  /^extractionRange\.fixedColumns\.(qualityType|qualityNum|maxNum|qualityCondition|interactionType|durationStart|durationEnd|scoreStart|scoreEnd|staffIds)$/,
];

export interface ServerFieldError {
  field: FieldPath<PlanFormValues>;
  step: WizardStep;
  /** What the server says about the field, without the path. */
  message: string;
}

export function fieldFromResultDesc(resultDesc: string): ServerFieldError | undefined {
  const first = resultDesc.split(';')[0]?.trim() ?? '';
  const match = LEADING_PATH.exec(first);
  if (!match?.[1]) return undefined;
  let path = match[1].replace(/\[(\d+)\]/g, '.$1');
  if (path === 'extractionRange.currentRole') path = 'currentRole';
  const message = first.slice(match[1].length).trim();
  const parts = path.split('.');
  while (parts.length > 0) {
    const candidate = parts.join('.');
    if (FIELD_PATTERNS.some((pattern) => pattern.test(candidate))) {
      const step = stepOfField(candidate);
      return step
        ? { field: candidate as FieldPath<PlanFormValues>, step, message: message || first }
        : undefined;
    }
    parts.pop();
  }
  return undefined;
}
