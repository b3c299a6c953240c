import { describe, expect, it } from 'vitest';
import { createMemoryHistory } from './history';
import type { RouteModule } from './match';
import { createRouter, type BlockerArgs } from './router';

/** A page module whose import the test finishes (or fails) when it wants. */
function deferredModule(name: string) {
  let resolve: () => void = () => {};
  let reject: (error: unknown) => void = () => {};
  const Component = () => name;
  const promise = new Promise<RouteModule>((res, rej) => {
    resolve = () => res({ Component });
    reject = rej;
  });
  let calls = 0;
  return {
    Component,
    lazy: () => {
      calls += 1;
      return promise;
    },
    calls: () => calls,
    resolve,
    reject,
  };
}

/** Lets pending promise callbacks run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const pathOf = (router: ReturnType<typeof createRouter>) => router.state.location.pathname;

describe('createRouter', () => {
  it('shows a page without lazy code at once', () => {
    const router = createRouter(
      [{ path: '/plans', element: 'plans' }],
      createMemoryHistory(['/plans']),
    );
    expect(router.state).toMatchObject({ ready: true, navigating: false, loadError: null });
    expect(pathOf(router)).toBe('/plans');
  });

  it('waits for the first page’s code before it is ready, without a pending navigation', async () => {
    const page = deferredModule('plans');
    const router = createRouter(
      [{ path: '/plans', lazy: page.lazy }],
      createMemoryHistory(['/plans']),
    );
    expect(router.state).toMatchObject({ ready: false, navigating: false });

    page.resolve();
    await settle();

    expect(router.state.ready).toBe(true);
    expect(router.state.matches[0]?.Component).toBe(page.Component);
  });

  it('keeps the previous page while the next one’s code loads, then shows it', async () => {
    const page = deferredModule('speed rules');
    const history = createMemoryHistory(['/plans']);
    const router = createRouter(
      [
        { path: '/plans', element: 'plans' },
        { path: '/speed-rules', lazy: page.lazy },
      ],
      history,
    );
    let notified = 0;
    router.subscribe(() => (notified += 1));

    router.navigate('/speed-rules');

    expect(history.location.pathname).toBe('/speed-rules');
    expect(router.state.navigating).toBe(true);
    expect(pathOf(router)).toBe('/plans');
    expect(notified).toBe(1);

    page.resolve();
    await settle();

    expect(router.state).toMatchObject({ navigating: false, action: 'PUSH' });
    expect(pathOf(router)).toBe('/speed-rules');
    expect(router.state.matches.at(-1)?.Component).toBe(page.Component);

    // Loaded once: the next visit is immediate and imports nothing again.
    router.navigate('/plans');
    router.navigate('/speed-rules');
    expect(router.state.navigating).toBe(false);
    expect(pathOf(router)).toBe('/speed-rules');
    expect(page.calls()).toBe(1);
  });

  it('lets the newest navigation win when an older one’s code arrives later', async () => {
    const slow = deferredModule('slow');
    const fast = deferredModule('fast');
    const router = createRouter(
      [
        { path: '/', element: 'home' },
        { path: '/slow', lazy: slow.lazy },
        { path: '/fast', lazy: fast.lazy },
      ],
      createMemoryHistory(['/']),
    );

    router.navigate('/slow');
    router.navigate('/fast');
    fast.resolve();
    await settle();
    expect(pathOf(router)).toBe('/fast');

    slow.resolve();
    await settle();
    expect(pathOf(router)).toBe('/fast');
    expect(router.state.navigating).toBe(false);
  });

  it('reports a page whose code failed to load, and tries again on the next visit', async () => {
    const failure = new TypeError('Failed to fetch dynamically imported module');
    let attempt = 0;
    const Component = () => 'rules';
    const lazy = () => (++attempt === 1 ? Promise.reject(failure) : Promise.resolve({ Component }));
    const router = createRouter(
      [
        {
          path: '/',
          element: 'layout',
          children: [
            { path: '/plans', element: 'plans' },
            { path: '/speed-rules', lazy },
          ],
        },
      ],
      createMemoryHistory(['/plans']),
    );

    router.navigate('/speed-rules');
    await settle();
    expect(pathOf(router)).toBe('/speed-rules');
    expect(router.state.loadError).toEqual({ index: 1, error: failure });

    router.navigate('/plans');
    router.navigate('/speed-rules');
    await settle();
    expect(router.state.loadError).toBeNull();
    expect(router.state.matches.at(-1)?.Component).toBe(Component);
    expect(attempt).toBe(2);
  });

  it('replace swaps the current entry instead of adding one', () => {
    const history = createMemoryHistory(['/a']);
    const router = createRouter([{ path: '*', element: 'any' }], history);

    router.navigate('/b', { replace: true });
    expect(router.state.action).toBe('REPLACE');
    history.go(-1);
    // Nothing before /b: still there.
    expect(pathOf(router)).toBe('/b');
  });
});

describe('blockers', () => {
  function setup(initialEntries = ['/plans', '/speed-rules/1']) {
    const history = createMemoryHistory(initialEntries);
    const router = createRouter([{ path: '*', element: 'any' }], history);
    const asked: BlockerArgs[] = [];
    let proceed: (() => void) | null = null;
    let active = true;
    const unblock = router.block({
      shouldBlock: (args) => {
        asked.push(args);
        return active;
      },
      onBlocked: (go) => (proceed = go),
    });
    return {
      history,
      router,
      asked,
      proceed: () => proceed?.(),
      allow: () => (active = false),
      unblock,
    };
  }

  it('holds a link navigation until the user proceeds, then makes it without asking again', () => {
    const { history, router, asked, proceed } = setup();

    router.navigate('/speed-rules?page=2');

    expect(history.location.pathname).toBe('/speed-rules/1');
    expect(pathOf(router)).toBe('/speed-rules/1');
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatchObject({
      currentLocation: { pathname: '/speed-rules/1', search: '' },
      nextLocation: { pathname: '/speed-rules', search: '?page=2' },
      historyAction: 'PUSH',
    });

    proceed();

    expect(asked).toHaveLength(1);
    expect(history.location).toMatchObject({ pathname: '/speed-rules', search: '?page=2' });
    expect(pathOf(router)).toBe('/speed-rules');
  });

  it('puts Back right back when blocked, and goes Back once the user proceeds', () => {
    const { history, router, asked, proceed } = setup();

    history.go(-1);

    expect(asked.at(-1)).toMatchObject({
      currentLocation: { pathname: '/speed-rules/1' },
      nextLocation: { pathname: '/plans' },
      historyAction: 'POP',
    });
    // The URL is restored and the page never changed.
    expect(history.location.pathname).toBe('/speed-rules/1');
    expect(pathOf(router)).toBe('/speed-rules/1');

    proceed();

    expect(history.location.pathname).toBe('/plans');
    expect(pathOf(router)).toBe('/plans');
    expect(router.state.action).toBe('POP');
    expect(asked).toHaveLength(1);
  });

  it('asks again at the next Back after the user stayed', () => {
    const { history, router, asked } = setup();
    history.go(-1);
    history.go(-1);
    expect(asked).toHaveLength(2);
    expect(pathOf(router)).toBe('/speed-rules/1');
  });

  it('lets a navigation through when the blocker says no', () => {
    const { router, allow } = setup();
    allow();
    router.navigate('/plans');
    expect(pathOf(router)).toBe('/plans');
  });

  it('lets Back through once the blocker is removed', () => {
    const { history, router, unblock } = setup();
    unblock();
    history.go(-1);
    expect(pathOf(router)).toBe('/plans');
  });

  it('stops following Back/Forward once disposed', () => {
    const { history, router, unblock } = setup();
    unblock();
    router.dispose();
    history.go(-1);
    expect(pathOf(router)).toBe('/speed-rules/1');
  });
});
