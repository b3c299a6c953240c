import { describe, expect, it, vi } from 'vitest';
import { act, renderRoutes, screen, waitFor } from '@/testing/test-utils';
import { AppLayout } from './app-layout';

/**
 * Renders of a header part that reads nothing from the router: it renders again only if the
 * layout does.
 */
const headerRenders = vi.hoisted(() => ({ count: 0 }));

vi.mock('./color-scheme-toggle', async (importOriginal) => {
  const original = await importOriginal<typeof import('./color-scheme-toggle')>();
  return {
    ColorSchemeToggle: () => {
      headerRenders.count += 1;
      return original.ColorSchemeToggle();
    },
  };
});

describe('AppLayout', () => {
  it('keeps the header and navigation as they are while moving between pages', async () => {
    const { router } = renderRoutes(
      [
        {
          path: '/',
          element: <AppLayout />,
          children: [
            { path: '/plans', handle: { titleKey: 'pageTitle.plans' }, element: <h1>Plans</h1> },
            {
              path: '/speed-rules',
              handle: { titleKey: 'pageTitle.speedRules' },
              element: <h1>Speed rules</h1>,
            },
          ],
        },
      ],
      { route: '/plans' },
    );
    await waitFor(() => expect(document.title).toBe('Plans · CCSQM console'));
    const before = headerRenders.count;

    act(() => router.navigate('/speed-rules'));

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Speed rules');
    await waitFor(() => expect(document.title).toBe('Speed rules · CCSQM console'));
    expect(headerRenders.count).toBe(before);
  });
});
