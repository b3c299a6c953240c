import { describe, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '@/lib/i18n';
import type { RouteObject } from '@/lib/router';
import { renderRoutes, screen, waitFor, within } from '@/testing/test-utils';
import { AppLayout } from './layout/app-layout';
import { routes } from './router';
import { RouteError } from './routes/route-error';

const mainNav = () => screen.getByRole('navigation', { name: 'Main navigation' });
/** Pages load lazily (the real feature modules, transformed on first import): be patient. */
const LAZY = { timeout: 5_000 };
/** The first page's code loads lazily: wait for the shell before asking for its parts. */
const shellReady = () => screen.findByRole('navigation', { name: 'Main navigation' }, LAZY);

/** The app's own tree plus pages that fail, to see the error screen inside the shell. */
function routesWithFailingPages(pages: RouteObject[]): RouteObject[] {
  return [
    {
      path: '/',
      element: <AppLayout />,
      fallback: <p>Loading</p>,
      children: [{ errorElement: <RouteError />, children: pages }],
    },
  ];
}

describe('app shell', () => {
  it('opens on the plans page and moves between sections from the navigation', async () => {
    const { user, router } = renderRoutes(routes, { route: '/' });
    const navLink = (name: string) => within(mainNav()).getByRole('link', { name });

    await shellReady();
    await waitFor(() => expect(navLink('Plans')).toHaveAttribute('aria-current', 'page'), LAZY);
    expect(router.state.location.pathname).toBe('/plans');
    await waitFor(() => expect(document.title).toBe('Plans · CCSQM console'));
    expect(screen.getByRole('banner')).toHaveTextContent('CCSQM console');
    expect(screen.getByRole('main')).toBeInTheDocument();

    await user.click(navLink('Speed rules'));

    await waitFor(
      () => expect(navLink('Speed rules')).toHaveAttribute('aria-current', 'page'),
      LAZY,
    );
    expect(navLink('Plans')).not.toHaveAttribute('aria-current');
    expect(router.state.location.pathname).toBe('/speed-rules');
    await waitFor(() => expect(document.title).toBe('Speed rules · CCSQM console'));
  });

  it('offers a skip link to the main area, which can take the focus', async () => {
    renderRoutes(routes, { route: '/plans' });
    await shellReady();

    const skip = screen.getByRole('link', { name: 'Skip to main content' });
    expect(skip).toHaveAttribute('href', '#main-content');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main-content');
    expect(screen.getByRole('main')).toHaveAttribute('tabindex', '-1');
  });

  it('opens the navigation from the burger and closes it when a section is chosen', async () => {
    const { user } = renderRoutes(routes, { route: '/plans' });
    await shellReady();

    const burger = screen.getByRole('button', { name: 'Open navigation' });
    expect(burger).toHaveAttribute('aria-expanded', 'false');
    expect(burger).toHaveAttribute('aria-controls', mainNav().id);
    await user.click(burger);
    expect(screen.getByRole('button', { name: 'Close navigation' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );

    await user.click(within(mainNav()).getByRole('link', { name: 'Speed rules' }));
    expect(screen.getByRole('button', { name: 'Open navigation' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
  });

  it('keeps a section highlighted on its sub-pages', async () => {
    renderRoutes(routes, { route: '/speed-rules/954637368599307266' });

    const link = within(await shellReady()).getByRole('link', { name: 'Speed rules' });
    await waitFor(() => expect(link).toHaveAttribute('aria-current', 'true'), LAZY);
    await waitFor(() => expect(document.title).toBe('Edit speed rule · CCSQM console'));
  });

  it('switches the whole shell to Simplified Chinese and remembers the choice', async () => {
    const { user } = renderRoutes(routes, { route: '/plans' });
    await shellReady();

    const languages = screen.getByRole('group', { name: 'Language' });
    expect(within(languages).getByRole('button', { name: 'EN' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await user.click(within(languages).getByRole('button', { name: '中文' }));

    const nav = screen.getByRole('navigation', { name: '主导航' });
    expect(within(nav).getByRole('link', { name: '抽检计划' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(nav).getByRole('link', { name: '语速规则' })).toBeInTheDocument();
    expect(screen.getByRole('banner')).toHaveTextContent('CCSQM 控制台');
    const languagesInChinese = screen.getByRole('group', { name: '语言' });
    expect(within(languagesInChinese).getByRole('button', { name: '中文' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('zh');
    await waitFor(() => expect(document.title).toBe('抽检计划 · CCSQM 控制台'));

    await user.click(within(languagesInChinese).getByRole('button', { name: 'EN' }));
    expect(within(mainNav()).getByRole('link', { name: 'Plans' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
  });

  it('offers the other colour scheme from the header', async () => {
    const { user } = renderRoutes(routes, { route: '/plans' });
    const toDark = await screen.findByRole('button', { name: 'Switch to dark theme' }, LAZY);

    await user.click(toDark);

    expect(document.documentElement).toHaveAttribute('data-mantine-color-scheme', 'dark');
    expect(screen.getByRole('button', { name: 'Switch to light theme' })).toBeInTheDocument();
  });

  it('says so when the console server cannot tell where calls go', async () => {
    // No console server runs under jsdom, so the request fails for real.
    renderRoutes(routes, { route: '/plans' });

    const badge = await screen.findByTestId('upstream-badge', {}, LAZY);
    await waitFor(() => expect(badge).toHaveAttribute('data-mode', 'error'), LAZY);
    expect(badge).toHaveTextContent('Calls go to: Unknown');
    expect(screen.getByRole('button', { name: 'Ask again' })).toBeInTheDocument();
  });

  it('shows a page for addresses that do not exist, inside the shell', async () => {
    renderRoutes(routes, { route: '/no/such/page' });

    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText('/no/such/page')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to plans' })).toHaveAttribute('href', '/plans');
    expect(mainNav()).toBeInTheDocument();
  });

  it('shows a message, not a blank page, when a page fails to render', async () => {
    function BrokenPage(): never {
      throw new Error('The plan list could not be read');
    }
    // React reports what an error boundary caught; collect it instead of the console.
    const caught: unknown[] = [];
    renderRoutes(routesWithFailingPages([{ path: '/broken', element: <BrokenPage /> }]), {
      route: '/broken',
      renderOptions: { onCaughtError: (error) => caught.push(error) },
    });

    const error = await screen.findByTestId('route-error');
    expect(within(error).getByRole('heading', { name: 'Something went wrong' })).toBeVisible();
    expect(error).toHaveTextContent('The plan list could not be read');
    expect(within(error).getByRole('button', { name: 'Reload page' })).toBeInTheDocument();
    expect(mainNav()).toBeInTheDocument();
    expect(caught).toEqual([new Error('The plan list could not be read')]);
  });

  it('suggests a reload when a page’s code is gone after a redeploy', async () => {
    renderRoutes(
      routesWithFailingPages([
        {
          path: '/stale',
          lazy: () =>
            Promise.reject(
              new TypeError('Failed to fetch dynamically imported module: /assets/list-1a2b.js'),
            ),
        },
      ]),
      { route: '/stale' },
    );

    const error = await screen.findByTestId('route-error');
    expect(error).toHaveTextContent('The console may have been updated since this page was opened');
  });
});
