import type { ComponentProps, ProfilerOnRenderCallback } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { contractResolver } from '@/lib/form/contract-resolver';
import { renderWithProviders, screen, waitFor } from '@/testing/test-utils';
import { newPlanValues, type PlanFormValues } from '../../../model/form-values';
import { planFormSchema } from '../../../model/plan-form-schema';
import { InspectorsStep } from './inspectors-step';

/**
 * Typing in one of fifty rows must re-render that row and the total, nothing else (the
 * performance budget: a keystroke well under a frame). Each row and the total are wrapped in a
 * React Profiler, which reports every commit in which something inside it rendered.
 */
const updates = vi.hoisted(() => new Map<string, number>());

vi.mock('./inspector-row', async (importOriginal) => {
  const { Profiler: P, memo: m, createElement } = await import('react');
  const original = await importOriginal<typeof import('./inspector-row')>();
  const record: ProfilerOnRenderCallback = (id, phase) => {
    if (phase !== 'mount') updates.set(id, (updates.get(id) ?? 0) + 1);
  };
  return {
    InspectorRow: m(function ProfiledRow(props: ComponentProps<typeof original.InspectorRow>) {
      return createElement(
        P,
        { id: `row ${props.index + 1}`, onRender: record },
        createElement(original.InspectorRow, props),
      );
    }),
  };
});

// The step renders the mode choice directly: if the step re-rendered, so would this.
vi.mock('../../fields/choice-field', async (importOriginal) => {
  const { Profiler: P, createElement } = await import('react');
  const original = await importOriginal<typeof import('../../fields/choice-field')>();
  return {
    ChoiceField: (props: ComponentProps<typeof original.ChoiceField>) =>
      createElement(
        P,
        {
          id: 'step itself',
          onRender: (id: string, phase: string) => {
            if (phase !== 'mount') updates.set(id, (updates.get(id) ?? 0) + 1);
          },
        },
        createElement(original.ChoiceField, props),
      ),
  };
});

vi.mock('./percent-total', async (importOriginal) => {
  const { Profiler: P, createElement } = await import('react');
  const original = await importOriginal<typeof import('./percent-total')>();
  return {
    PercentTotal: () =>
      createElement(
        P,
        {
          id: 'total',
          onRender: (id: string, phase: string) => {
            if (phase !== 'mount') updates.set(id, (updates.get(id) ?? 0) + 1);
          },
        },
        createElement(original.PercentTotal),
      ),
  };
});

const resolver = contractResolver(planFormSchema);
const ROWS = 50;

function fiftyRows(): PlanFormValues {
  const values = newPlanValues(new Date(2030, 0, 1));
  values.appointQuality = {
    setCountsType: 2,
    setCounts: Array.from({ length: ROWS }, (_, i) => ({
      personID: `qa.${i + 1}`,
      count: i < 49 ? '2' : '1',
    })),
  };
  return values;
}

function Harness() {
  const form = useForm<PlanFormValues>({
    defaultValues: fiftyRows(),
    resolver,
    mode: 'onChange',
  });
  return (
    <FormProvider {...form}>
      <InspectorsStep />
    </FormProvider>
  );
}

describe('InspectorsStep with 50 rows', () => {
  beforeEach(() => updates.clear());

  it('re-renders only the edited row and the total while typing a count', async () => {
    const { user } = renderWithProviders(<Harness />);
    const count = screen.getByRole('textbox', { name: 'Inspector 25 share (%)' });
    expect(screen.getByTestId('percent-total')).toHaveTextContent('99 of 100%');
    updates.clear();

    await user.clear(count);
    await user.type(count, '3');
    await waitFor(() =>
      expect(screen.getByTestId('percent-total')).toHaveTextContent('100 of 100%'),
    );

    expect([...updates.keys()].sort()).toEqual(['row 25', 'total']);
  });

  it('does not re-render the total when only an id changes', async () => {
    const { user } = renderWithProviders(<Harness />);
    updates.clear();
    await user.type(screen.getByRole('textbox', { name: 'Inspector 3 ID' }), 'x');
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'Inspector 3 ID' })).toHaveValue('qa.3x'),
    );
    expect([...updates.keys()]).toEqual(['row 3']);
  });
});
