import { useCallback, useEffect, useRef } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import type { PlanFormValues } from '../../model/form-values';
import type { PlanField } from '../../model/steps';

/**
 * Re-checks fields whose rule depends on the one just changed (the end after the start, the
 * longest call after the shortest...), but only those the user has already seen an error on or
 * has filled in: a rule never fires on a field nobody has reached yet.
 */
function useRevalidate() {
  const { getFieldState, trigger } = useFormContext<PlanFormValues>();
  return useCallback(
    (names: PlanField[]) => {
      const shown = names.filter((name) => {
        const state = getFieldState(name);
        return state.invalid || state.isTouched || state.isDirty;
      });
      // An array (not a single name) re-renders every field, so each shows its new state.
      if (shown.length > 0) void trigger(shown);
    },
    [getFieldState, trigger],
  );
}

/**
 * Renders nothing; re-checks `targets` when `source` changes. A component of its own, so
 * watching `source` re-renders only this, not the step around it. Pass a constant `targets`.
 */
export function RevalidateOnChange({
  source,
  targets,
}: {
  source: PlanField;
  targets: readonly PlanField[];
}) {
  const value: unknown = useWatch<PlanFormValues>({ name: source });
  const revalidate = useRevalidate();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    revalidate([...targets]);
  }, [value, revalidate, targets]);
  return null;
}
