import { describe, expect, it, vi } from 'vitest';
import { BusinessError } from '@/lib/api-errors';
import { renderWithProviders, screen } from '@/testing/test-utils';
import { ApiErrorAlert } from './api-error-alert';

describe('ApiErrorAlert', () => {
  it('tells the upstream code and description, with no button unless it can retry', () => {
    renderWithProviders(
      <ApiErrorAlert error={new BusinessError('0199', 'Rule is locked')} title="Not saved" />,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Not saved');
    expect(alert).toHaveTextContent('0199');
    expect(alert).toHaveTextContent('Rule is locked');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('shows "Try again" after its own content when given onRetry', async () => {
    const retry = vi.fn();
    const { user } = renderWithProviders(
      <ApiErrorAlert error={new Error('offline')} title="Not loaded" onRetry={retry}>
        <p>Your edits are kept.</p>
      </ApiErrorAlert>,
    );
    expect(screen.getByText('Your edits are kept.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(retry).toHaveBeenCalledTimes(1);
  });
});
