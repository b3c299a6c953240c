import { useEffect, useRef } from 'react';
import type { FieldErrors, UseFormReturn } from 'react-hook-form';
import { onLanguageChange } from '@/lib/i18n';
import type { PlanFormValues } from '../../model/form-values';
import type { PlanField } from '../../model/steps';

/** The paths of every message in a nested errors object ("appointQuality.setCounts.1.count"). */
export function errorPaths(errors: unknown, prefix = ''): string[] {
  if (typeof errors !== 'object' || errors === null) return [];
  const record = errors as Record<string, unknown>;
  if (typeof record['message'] === 'string' && prefix !== '') return [prefix];
  return Object.entries(record).flatMap(([key, value]) =>
    key === 'ref' || key === 'root' ? [] : errorPaths(value, prefix ? `${prefix}.${key}` : key),
  );
}

/**
 * Error messages are worded when a field is checked. When the language changes, the fields that
 * show an error are checked again, so their messages follow the new language. The errors are
 * followed through a subscription, so this never re-renders the wizard.
 */
export function useRetranslateErrors(form: UseFormReturn<PlanFormValues>) {
  const errors = useRef<FieldErrors<PlanFormValues>>({});
  const { subscribe, trigger } = form;

  useEffect(
    () =>
      subscribe({
        formState: { errors: true },
        callback: (state) => {
          errors.current = state.errors ?? {};
        },
      }),
    [subscribe],
  );

  useEffect(() => {
    const retranslate = () => {
      const paths = errorPaths(errors.current) as PlanField[];
      if (paths.length > 0) void trigger(paths);
    };
    return onLanguageChange(retranslate);
  }, [trigger]);
}
