import { describe, expect, it } from 'vitest';
import { act, renderWithProviders, screen, waitFor } from '@/testing/test-utils';
import { SpeedRulesListPage } from './speed-rules-list-page';

/** The search box and the address. No server answers here: the list itself shows an error. */

const searchBox = () => screen.getByRole('searchbox', { name: 'Search rules' });

describe('SpeedRulesListPage search', { timeout: 20_000 }, () => {
  it('shows the keyword of the address, also when the address changes by itself', async () => {
    const { router } = renderWithProviders(<SpeedRulesListPage />, {
      route: '/speed-rules?q=night',
      path: '/speed-rules',
    });
    expect(searchBox()).toHaveValue('night');

    // The navigation's link to /speed-rules drops the search.
    act(() => router.navigate('/speed-rules'));
    expect(searchBox()).toHaveValue('');

    act(() => router.navigate('/speed-rules?q=day'));
    expect(searchBox()).toHaveValue('day');
    // Longer than the search's delay: the box must not put an older search back in the address.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(router.state.location.search).toBe('?q=day');
    expect(searchBox()).toHaveValue('day');
  });

  it('keeps what was typed when the address catches up with the search', async () => {
    const { user, router } = renderWithProviders(<SpeedRulesListPage />, {
      route: '/speed-rules',
      path: '/speed-rules',
    });

    await user.type(searchBox(), 'night ');
    await waitFor(() => expect(router.state.location.search).toBe('?q=night'));
    // The space before the next word is still there.
    expect(searchBox()).toHaveValue('night ');
    await user.type(searchBox(), 'shift');
    await waitFor(() => expect(router.state.location.search).toBe('?q=night+shift'));
    expect(searchBox()).toHaveValue('night shift');
  });
});
