import { TagsInput } from '@mantine/core';
import { useController } from 'react-hook-form';
import type { PlanFormValues } from '../../model/form-values';
import { errorSlotClassNames } from './error-slot';

export interface TagsFieldProps {
  name: 'extractionRange.fixedColumns.staffIds';
  label: string;
  description: string;
  placeholder: string;
}

/** Agent ids as tags: Enter, a comma or a space ends one; a pasted list becomes many. */
export function TagsField({ name, label, description, placeholder }: TagsFieldProps) {
  const {
    field: { ref, value, onChange, onBlur },
    fieldState,
  } = useController<PlanFormValues, typeof name>({ name });
  // A problem with one id is reported at that id's index: show the first one under the input.
  const error: unknown = fieldState.error;
  const message = Array.isArray(error)
    ? (error as ({ message?: string } | undefined)[]).find((item) => item?.message)?.message
    : fieldState.error?.message;
  return (
    <TagsInput
      ref={ref}
      name={name}
      label={label}
      description={description}
      placeholder={placeholder}
      value={value}
      onChange={onChange}
      onBlur={onBlur}
      splitChars={[',', ';', ' ', '，', '；']}
      clearable
      error={message}
      classNames={errorSlotClassNames}
    />
  );
}
