import type { FieldPath } from 'react-hook-form';
import type { PlanFormValues } from './form-values';

/** The wizard's steps, in order, and the part of the form each one owns. */
export const WIZARD_STEPS = ['basics', 'inspectors', 'period', 'scope', 'review'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

export type PlanField = FieldPath<PlanFormValues>;

export const STEP_FIELDS: Record<WizardStep, PlanField[]> = {
  basics: ['qiqtName', 'currentRole'],
  inspectors: ['appointQuality'],
  period: ['cronStructure'],
  scope: ['extractionRange'],
  review: [],
};

/** The step that owns a form path such as "appointQuality.setCounts.2.count". */
export function stepOfField(path: string): WizardStep | undefined {
  const top = path.split('.')[0];
  return WIZARD_STEPS.find((step) =>
    STEP_FIELDS[step].some((field) => field === top || field === path),
  );
}

/** Whether a nested errors object holds at least one message (react-hook-form's FieldErrors). */
function hasErrorIn(errors: unknown): boolean {
  if (typeof errors !== 'object' || errors === null) return false;
  const record = errors as Record<string, unknown>;
  if (typeof record['type'] === 'string' || typeof record['message'] === 'string') return true;
  return Object.entries(record).some(([key, value]) => key !== 'ref' && hasErrorIn(value));
}

/** Steps that have at least one error, as a bitmask string ("01000"): cheap to compare. */
export function stepsWithErrors(errors: Record<string, unknown>): string {
  return WIZARD_STEPS.map((step) =>
    STEP_FIELDS[step].some((field) => hasErrorIn(errors[field])) ? '1' : '0',
  ).join('');
}
