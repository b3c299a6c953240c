import { TextInput } from '@mantine/core';
import { useController } from 'react-hook-form';
import { intlLocaleOf, useTranslation } from '@/lib/i18n';
import { parseDuration } from '../../model/duration';
import type { PlanFormValues } from '../../model/form-values';
import { errorSlotClassNames } from './error-slot';

export interface DurationFieldProps {
  name: 'extractionRange.fixedColumns.durationStart' | 'extractionRange.fixedColumns.durationEnd';
  label: string;
}

/** A call duration typed as seconds or m:ss; the hint shows the milliseconds that are sent. */
export function DurationField({ name, label }: DurationFieldProps) {
  const { t, language } = useTranslation('plans');
  const {
    field: { ref, value, onChange, onBlur },
    fieldState,
  } = useController<PlanFormValues, typeof name>({ name });
  const ms = parseDuration(value);
  const hint =
    ms === undefined || Number.isNaN(ms)
      ? t('scope.duration.hint')
      : t('scope.duration.sentAs', {
          // toLocaleString: V8 keeps the formatter for a locale, no new one per keystroke.
          ms: ms.toLocaleString(intlLocaleOf(language)),
        });
  return (
    <TextInput
      ref={ref}
      name={name}
      label={label}
      description={hint}
      placeholder="1:30"
      value={value}
      onChange={onChange}
      onBlur={onBlur}
      error={fieldState.error?.message}
      classNames={errorSlotClassNames}
      autoComplete="off"
    />
  );
}
