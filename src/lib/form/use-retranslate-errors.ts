import { useEffect, useRef } from 'react';
import type { FieldErrors, FieldPath, FieldValues, UseFormReturn } from 'react-hook-form';
import { onLanguageChange } from '@/lib/i18n';

/**
 * The `type` of a field error the server reported (`setError(name, { type: 'server', ... })`).
 * No resolver can word such an error again, and checking its field anew would clear it.
 */
export const SERVER_ERROR_TYPE = 'server';

/**
 * The paths of every message in a nested errors object ("appointQuality.setCounts.1.count"),
 * leaving out the errors the server reported: only the resolver's own can be worded again.
 */
export function errorPaths(errors: unknown, prefix = ''): string[] {
  if (typeof errors !== 'object' || errors === null) return [];
  const record = errors as Record<string, unknown>;
  if (typeof record['message'] === 'string' && prefix !== '') {
    return record['type'] === SERVER_ERROR_TYPE ? [] : [prefix];
  }
  return Object.entries(record).flatMap(([key, value]) =>
    key === 'ref' || key === 'root' ? [] : errorPaths(value, prefix ? `${prefix}.${key}` : key),
  );
}

/**
 * Error messages are worded when a field is checked. When the language changes, the fields that
 * show an error are checked again, so their messages follow the new language; an error the server
 * reported stays as it is. The errors are followed through a subscription, so this never
 * re-renders the form's component.
 */
export function useRetranslateErrors<TFieldValues extends FieldValues, TContext, TTransformed>(
  form: UseFormReturn<TFieldValues, TContext, TTransformed>,
) {
  const errors = useRef<FieldErrors<TFieldValues>>({});
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
      const paths = errorPaths(errors.current) as FieldPath<TFieldValues>[];
      if (paths.length > 0) void trigger(paths);
    };
    return onLanguageChange(retranslate);
  }, [trigger]);
}
