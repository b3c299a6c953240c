import { TextInput, type TextInputProps } from '@mantine/core';
import { useController, type FieldPathByValue } from 'react-hook-form';
import type { PlanFormValues } from '../../model/form-values';
import { errorSlotClassNames } from './error-slot';

export interface TextFieldProps extends Omit<
  TextInputProps,
  'name' | 'value' | 'onChange' | 'error' | 'defaultValue'
> {
  name: FieldPathByValue<PlanFormValues, string>;
}

/**
 * A text input bound to one form field. It subscribes to that field alone, so typing here
 * re-renders this input and nothing else.
 */
export function TextField({ name, ...props }: TextFieldProps) {
  const {
    field: { ref, value, onChange, onBlur },
    fieldState,
  } = useController<PlanFormValues, typeof name>({ name });
  return (
    <TextInput
      {...props}
      ref={ref}
      name={name}
      value={value}
      onChange={onChange}
      onBlur={onBlur}
      error={fieldState.error?.message}
      classNames={errorSlotClassNames}
    />
  );
}
