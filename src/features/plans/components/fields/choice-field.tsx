import { Group, Radio, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useController, type FieldPathByValue } from 'react-hook-form';
import type { PlanFormValues } from '../../model/form-values';
import { errorSlotClassNames } from './error-slot';

export interface ChoiceOption<V> {
  value: V;
  label: ReactNode;
  description?: ReactNode;
}

export interface ChoiceFieldProps<V extends string | number> {
  name: FieldPathByValue<PlanFormValues, V | null>;
  label: ReactNode;
  description?: ReactNode;
  options: readonly ChoiceOption<V>[];
  /** Stack the options (long labels) instead of putting them side by side. */
  vertical?: boolean;
  onChosen?: (value: V) => void;
}

/** Radio buttons for a field whose wire value is a number or a code string. */
export function ChoiceField<V extends string | number>({
  name,
  label,
  description,
  options,
  vertical = false,
  onChosen,
}: ChoiceFieldProps<V>) {
  const {
    field: { ref, value, onChange },
    fieldState,
  } = useController<PlanFormValues, typeof name>({ name });
  const current = value as V | null;
  const Layout = vertical ? Stack : Group;
  // Focus (e.g. "go to the field the server named") lands on the chosen radio, or the first.
  const focusIndex = Math.max(
    0,
    options.findIndex((o) => o.value === current),
  );
  return (
    <Radio.Group
      name={name}
      label={label}
      description={description}
      value={current === null ? null : String(current)}
      onChange={(text) => {
        const option = options.find((o) => String(o.value) === text);
        if (!option) return;
        onChange(option.value);
        onChosen?.(option.value);
      }}
      error={fieldState.error?.message}
      classNames={errorSlotClassNames}
    >
      <Layout gap={vertical ? 'xs' : 'lg'} mt="xs">
        {options.map((option, i) => (
          <Radio
            key={String(option.value)}
            ref={i === focusIndex ? ref : undefined}
            value={String(option.value)}
            label={option.label}
            description={option.description}
          />
        ))}
      </Layout>
    </Radio.Group>
  );
}
