import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders, screen, waitFor } from '@/testing/test-utils';
import { emptySpeedRuleFormValues } from '../model/form-values';
import { SpeedRuleForm } from './speed-rule-form';

// Counts the renders of the time fields: they re-render when the whole form does.
const timeFieldRenders = vi.hoisted(() => ({ count: 0 }));
vi.mock('./time-offset-input', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./time-offset-input')>();
  return {
    ...actual,
    TimeOffsetInput: (props: Parameters<typeof actual.TimeOffsetInput>[0]) => {
      timeFieldRenders.count += 1;
      return <actual.TimeOffsetInput {...props} />;
    },
  };
});

const field = (label: string) => screen.getByRole('textbox', { name: new RegExp(`^${label}`) });

describe('SpeedRuleForm', { timeout: 20_000 }, () => {
  it('redraws the speed band, not the whole form, as the speeds are typed', async () => {
    const { user } = renderWithProviders(
      <SpeedRuleForm mode="add" original={emptySpeedRuleFormValues()} draftKey="speed-rule.test" />,
    );
    // The first keystrokes change what the form itself shows (there are unsaved changes).
    await user.type(field('Minimum speed'), '1');
    await user.type(field('Maximum speed'), '1');
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Discard changes' })).toBeEnabled(),
    );

    const before = timeFieldRenders.count;
    await user.type(field('Maximum speed'), '60');
    await user.type(field('Minimum speed'), '20');

    expect(field('Maximum speed')).toHaveValue('160');
    expect(timeFieldRenders.count).toBe(before);
  });
});
