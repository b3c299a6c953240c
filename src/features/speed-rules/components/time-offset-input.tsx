import { TextInput } from '@mantine/core';
import { useController, type Control } from 'react-hook-form';
import { useTranslation } from '@/lib/i18n';
import type { SpeedRuleFormValues } from '../model/form-values';
import { formatTimeOffset, parseTimeOffset } from '../model/time-offset';
import { fieldSlotClassNames } from './field-slot';

export interface TimeOffsetInputProps {
  control: Control<SpeedRuleFormValues>;
  name: 'setting.other.call_from' | 'setting.other.call_end';
  label: string;
  description: string;
  /** Fields whose rules depend on this one (re-checked when it changes). */
  deps?: 'setting.other.call_end';
}

/** An offset into the call, typed as mm:ss; empty means "not set". */
export function TimeOffsetInput({ control, name, label, description, deps }: TimeOffsetInputProps) {
  const { t } = useTranslation('speedRules');
  const {
    field: { ref, name: fieldName, value, onChange, onBlur },
    fieldState,
  } = useController({ control, name, rules: deps ? { deps } : {} });
  const parsed = parseTimeOffset(value);
  // The format is this form's own rule, so its message lives in this feature's namespace.
  const error = fieldState.error && (parsed.ok ? fieldState.error.message : t('form.timeFormat'));

  return (
    <TextInput
      ref={ref}
      name={fieldName}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      onBlur={() => {
        // "1:05" becomes "01:05": the same time, written the way it is shown everywhere else.
        if (parsed.ok && value.trim() !== '') onChange(formatTimeOffset(parsed.ms));
        onBlur();
      }}
      label={label}
      description={description}
      placeholder={t('form.timePlaceholder')}
      error={error}
      autoComplete="off"
      spellCheck={false}
      classNames={fieldSlotClassNames}
    />
  );
}
