import type { FieldPath } from 'react-hook-form';
import type { PlanFormValues } from '../../model/form-values';
import { planFormSchema } from '../../model/plan-form-schema';
import { stepOfField, type WizardStep } from '../../model/steps';

export interface FieldLocation {
  step: WizardStep;
  field: FieldPath<PlanFormValues>;
}

/** A field that can take focus for an error at `path` (the list's own rules land on a row). */
export function focusableField(path: string): FieldPath<PlanFormValues> {
  if (path === 'appointQuality.setCounts') return 'appointQuality.setCounts.0.count';
  return path as FieldPath<PlanFormValues>;
}

/** The first field, in form order, the plan schema rejects; undefined when all is well. */
export function firstInvalidField(values: PlanFormValues): FieldLocation | undefined {
  const result = planFormSchema.safeParse(values);
  if (result.success) return undefined;
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.');
    const step = stepOfField(path);
    if (step) return { step, field: focusableField(path) };
  }
  return undefined;
}
