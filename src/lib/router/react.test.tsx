import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect, type ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  Link,
  Navigate,
  Outlet,
  RouterProvider,
  createBrowserHistory,
  createRouter,
  useBlocker,
  useLocation,
  useMatch,
  useMatches,
  useNavigationPending,
  useParams,
  useRouteError,
  useSearchParams,
  type RouteModule,
  type RouteObject,
  type Router,
} from './index';

/**
 * The router in a real (jsdom) window: links, the History API and popstate. Each test starts at
 * its own URL; the entries of earlier tests stay behind in jsdom's session history, unused.
 */
let router: Router | null = null;
function mount(routes: RouteObject[], url: string, options?: Parameters<typeof render>[1]) {
  window.history.replaceState(null, '', url);
  router = createRouter(routes, createBrowserHistory());
  const user = userEvent.setup();
  return { router, user, ...render(<RouterProvider router={router} />, options) };
}

beforeEach(() => {
  router = null;
});
afterEach(() => {
  router?.dispose();
});

let layoutMounts = 0;
function Layout() {
  useEffect(() => {
    layoutMounts += 1;
  }, []);
  const pending = useNavigationPending();
  return (
    <div>
      <nav>
        <Link to="/a">A</Link>
        <Link to="/b">B</Link>
        <Link to="/rules/42">Rule 42</Link>
      </nav>
      {pending ? <p>Loading next page</p> : null}
      <main>
        <Outlet />
      </main>
    </div>
  );
}

function ErrorMessage() {
  const error = useRouteError();
  return <p role="alert">Failed: {error instanceof Error ? error.message : String(error)}</p>;
}

const page = (name: string) => <h1>{name}</h1>;
const heading = () => screen.getByRole('heading', { level: 1 });
const pathname = () => window.location.pathname;

function routesWith(pages: RouteObject[], root: Partial<RouteObject> = {}): RouteObject[] {
  return [
    {
      path: '/',
      element: <Layout />,
      ...root,
      children: [{ errorElement: <ErrorMessage />, children: pages }],
    },
  ];
}

const basicPages: RouteObject[] = [
  { path: '/a', element: page('Page A') },
  { path: '/b', element: page('Page B') },
];

describe('RouterProvider and Link', () => {
  it('renders the page inside the layout and follows a plain click without a page load', async () => {
    const { user } = mount(routesWith(basicPages), '/a');
    const mountsBefore = layoutMounts;
    const entries = window.history.length;
    expect(heading()).toHaveTextContent('Page A');

    await user.click(screen.getByRole('link', { name: 'B' }));

    expect(heading()).toHaveTextContent('Page B');
    expect(pathname()).toBe('/b');
    expect(window.history.length).toBe(entries + 1);
    // The layout stayed mounted: only the outlet changed.
    expect(layoutMounts).toBe(mountsBefore);
  });

  it('is a real link: modified clicks, other targets and reloadDocument are the browser’s', () => {
    const routes: RouteObject[] = [
      {
        path: '/a',
        element: (
          <>
            <Link to="/b">Plain</Link>
            <Link to="/b" target="_blank">
              New tab
            </Link>
            <Link to="/b" reloadDocument>
              Reload
            </Link>
          </>
        ),
      },
      { path: '/b', element: page('Page B') },
    ];
    mount(routes, '/a');
    // Runs after React's handler: records its verdict, then spares jsdom a real page load.
    const handledByRouter: boolean[] = [];
    const record = (event: MouseEvent) => {
      handledByRouter.push(event.defaultPrevented);
      event.preventDefault();
    };
    window.addEventListener('click', record);
    try {
      const link = (name: string) => screen.getByRole('link', { name });
      expect(link('Plain')).toHaveAttribute('href', '/b');
      fireEvent.click(link('Plain'), { ctrlKey: true });
      fireEvent.click(link('Plain'), { metaKey: true });
      fireEvent.click(link('Plain'), { button: 1 });
      fireEvent.click(link('New tab'));
      fireEvent.click(link('Reload'));
      expect(handledByRouter).toEqual([false, false, false, false, false]);
      expect(pathname()).toBe('/a');

      fireEvent.click(link('Plain'));
      expect(handledByRouter.at(-1)).toBe(true);
      expect(pathname()).toBe('/b');
    } finally {
      window.removeEventListener('click', record);
    }
  });

  it('adds no history entry for a link to where the user already is', async () => {
    const { user } = mount(routesWith(basicPages), '/a');
    const entries = window.history.length;
    await user.click(screen.getByRole('link', { name: 'A' }));
    expect(window.history.length).toBe(entries);
    expect(pathname()).toBe('/a');
  });

  it('scrolls to the top for a new page, not for a new query on the same page', async () => {
    function List() {
      const [, setParams] = useSearchParams();
      return <button onClick={() => setParams({ page: '2' })}>Page 2</button>;
    }
    const scrollTo = vi.spyOn(window, 'scrollTo');
    const { user } = mount(routesWith([...basicPages, { path: '/list', element: <List /> }]), '/a');

    await user.click(screen.getByRole('link', { name: 'B' }));
    expect(scrollTo).toHaveBeenCalledTimes(1);
    expect(scrollTo).toHaveBeenCalledWith(0, 0);

    act(() => router?.navigate('/list'));
    expect(scrollTo).toHaveBeenCalledTimes(2);
    await user.click(screen.getByRole('button', { name: 'Page 2' }));
    expect(window.location.search).toBe('?page=2');
    expect(scrollTo).toHaveBeenCalledTimes(2);
  });

  it('redirects with <Navigate replace>', () => {
    const entries = window.history.length;
    mount(routesWith([{ index: true, element: <Navigate to="/a" replace /> }, ...basicPages]), '/');
    expect(heading()).toHaveTextContent('Page A');
    expect(pathname()).toBe('/a');
    expect(window.history.length).toBe(entries);
  });
});

describe('hooks', () => {
  it('gives the page its params, the matched handles and section matches', () => {
    function Rule() {
      const { id } = useParams();
      const handles = useMatches().map((match) => match.route.handle);
      const inSection = useMatch('/rules', { end: false }) !== null;
      const exactly = useMatch('/rules') !== null;
      return (
        <p>
          rule {id}; handles {JSON.stringify(handles)}; section {String(inSection)}; exact{' '}
          {String(exactly)}
        </p>
      );
    }
    mount(
      routesWith([{ path: '/rules/:id', handle: { titleKey: 'rule' }, element: <Rule /> }], {
        handle: { titleKey: 'app' },
      }),
      '/rules/42',
    );
    expect(screen.getByText(/^rule/)).toHaveTextContent(
      'rule 42; handles [{"titleKey":"app"},null,{"titleKey":"rule"}]; section true; exact false',
    );
  });

  it('reads and writes the query string: push or replace, updates that build on each other', async () => {
    function List() {
      const [params, setParams] = useSearchParams();
      const { search } = useLocation();
      return (
        <>
          <p>
            page {params.get('page') ?? '1'}, search “{search}”
          </p>
          <button
            onClick={() =>
              setParams((current) => {
                const next = new URLSearchParams(current);
                next.set('page', String(Number(current.get('page') ?? '1') + 1));
                return next;
              })
            }
          >
            Next
          </button>
          <button onClick={() => setParams({}, { replace: true })}>Clear</button>
          <button
            onClick={() => {
              setParams((current) => ({ ...Object.fromEntries(current), a: '1' }));
              setParams((current) => ({ ...Object.fromEntries(current), b: '2' }));
            }}
          >
            Both
          </button>
        </>
      );
    }
    const { user } = mount([{ path: '/list', element: <List /> }], '/list?q=x');
    const entries = window.history.length;

    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByText(/^page/)).toHaveTextContent('page 2, search “?q=x&page=2”');
    expect(window.history.length).toBe(entries + 1);

    await user.click(screen.getByRole('button', { name: 'Clear' }));
    expect(screen.getByText(/^page/)).toHaveTextContent('page 1, search “”');
    expect(window.location.href).toMatch(/\/list$/);
    expect(window.history.length).toBe(entries + 1);

    await user.click(screen.getByRole('button', { name: 'Both' }));
    expect(window.location.search).toBe('?a=1&b=2');
  });
});

describe('lazy pages', () => {
  function deferred(name: string) {
    let resolve: () => void = () => {};
    const promise = new Promise<RouteModule>((res) => {
      resolve = () => res({ Component: () => page(name) });
    });
    return { lazy: () => promise, resolve };
  }

  it('show the fallback on the first load, then keep the previous page while the next loads', async () => {
    const first = deferred('Lazy A');
    const second = deferred('Lazy B');
    const { user } = mount(
      routesWith(
        [
          { path: '/a', lazy: first.lazy },
          { path: '/b', lazy: second.lazy },
        ],
        { fallback: <p>Starting…</p> },
      ),
      '/a',
    );
    expect(screen.getByText('Starting…')).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();

    first.resolve();
    await waitFor(() => expect(heading()).toHaveTextContent('Lazy A'));
    expect(screen.queryByText('Loading next page')).not.toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'B' }));
    expect(screen.getByText('Loading next page')).toBeInTheDocument();
    expect(heading()).toHaveTextContent('Lazy A');
    expect(screen.queryByText('Starting…')).not.toBeInTheDocument();

    second.resolve();
    await waitFor(() => expect(heading()).toHaveTextContent('Lazy B'));
    expect(screen.queryByText('Loading next page')).not.toBeInTheDocument();
  });

  it('do not re-render a page that reads no router state when only the query string changes', async () => {
    let renders = 0;
    const Counted = () => {
      renders += 1;
      return page('Counted');
    };
    mount(routesWith([{ path: '/a', lazy: () => Promise.resolve({ Component: Counted }) }]), '/a');
    await waitFor(() => expect(heading()).toHaveTextContent('Counted'));
    const before = renders;

    act(() => router?.navigate('/a?tab=2'));
    expect(window.location.search).toBe('?tab=2');
    expect(renders).toBe(before);
  });

  it('show the nearest errorElement, inside the layout, when their code fails to load', async () => {
    mount(
      routesWith([
        {
          path: '/a',
          lazy: () => Promise.reject(new Error('Failed to fetch dynamically imported module')),
        },
      ]),
      '/a',
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Failed: Failed to fetch dynamically imported module',
    );
    expect(screen.getByRole('navigation')).toBeInTheDocument();
  });
});

describe('errors while rendering', () => {
  function Broken(): ReactNode {
    throw new Error('page broke');
  }

  it('show inside the layout and clear when the user navigates away', async () => {
    const caught: unknown[] = [];
    const { user } = mount(
      routesWith([...basicPages, { path: '/broken', element: <Broken /> }]),
      '/broken',
      {
        onCaughtError: (error) => caught.push(error),
      },
    );

    expect(screen.getByRole('alert')).toHaveTextContent('Failed: page broke');
    expect(screen.getByRole('navigation')).toBeInTheDocument();
    expect(caught).toEqual([new Error('page broke')]);

    await user.click(screen.getByRole('link', { name: 'A' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(heading()).toHaveTextContent('Page A');
  });

  it('show without the layout when the layout itself fails', () => {
    function BrokenLayout(): ReactNode {
      throw new Error('shell broke');
    }
    mount(
      [
        {
          path: '/',
          element: <BrokenLayout />,
          errorElement: <ErrorMessage />,
          children: basicPages,
        },
      ],
      '/a',
      { onCaughtError: () => {} },
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Failed: shell broke');
    expect(screen.queryByRole('heading')).not.toBeInTheDocument();
  });
});

describe('createBrowserHistory', () => {
  it('gives an entry a fragment link made the next position, so moves from it are measured', async () => {
    window.history.replaceState(null, '', '/a');
    const history = createBrowserHistory();
    const deltas: (number | null)[] = [];
    const stop = history.listen(({ delta }) => deltas.push(delta));
    try {
      window.location.hash = '#content';
      await waitFor(() => expect(deltas).toEqual([null]));
      window.history.back();
      await waitFor(() => expect(deltas).toEqual([null, -1]));
      window.history.forward();
      await waitFor(() => expect(deltas).toEqual([null, -1, 1]));
      expect(history.location.hash).toBe('#content');
    } finally {
      stop();
    }
  });
});

describe('useBlocker', () => {
  function Editor() {
    const blocker = useBlocker(
      ({ currentLocation, nextLocation }) => currentLocation.pathname !== nextLocation.pathname,
    );
    return (
      <>
        {page('Editor')}
        {blocker.state === 'blocked' ? (
          <div role="dialog" aria-label="Leave?">
            <button onClick={blocker.reset}>Stay</button>
            <button onClick={blocker.proceed}>Leave</button>
          </div>
        ) : null}
      </>
    );
  }

  const editorPages: RouteObject[] = [
    { path: '/a', element: page('Page A') },
    { path: '/edit', element: <Editor /> },
  ];

  it('holds a link until the user chooses, and stays or leaves as told', async () => {
    const { user } = mount(routesWith(editorPages), '/edit');
    const entries = window.history.length;

    await user.click(screen.getByRole('link', { name: 'A' }));
    const dialog = screen.getByRole('dialog', { name: 'Leave?' });
    expect(pathname()).toBe('/edit');
    expect(window.history.length).toBe(entries);

    await user.click(within(dialog).getByRole('button', { name: 'Stay' }));
    expect(dialog).not.toBeInTheDocument();
    expect(heading()).toHaveTextContent('Editor');
    expect(pathname()).toBe('/edit');

    await user.click(screen.getByRole('link', { name: 'A' }));
    await user.click(screen.getByRole('button', { name: 'Leave' }));
    expect(heading()).toHaveTextContent('Page A');
    expect(pathname()).toBe('/a');
    expect(window.history.length).toBe(entries + 1);
  });

  it('puts Back/Forward back, asks, and goes Back only when the user leaves', async () => {
    const pops: string[] = [];
    const onPop = () => pops.push(window.location.pathname);
    window.addEventListener('popstate', onPop);
    try {
      const { user } = mount(routesWith(editorPages), '/a');
      act(() => router?.navigate('/edit'));
      expect(heading()).toHaveTextContent('Editor');

      window.history.back();
      const dialog = await screen.findByRole('dialog', { name: 'Leave?' });
      // The Back, then the router's own Forward that restores the URL.
      await waitFor(() => expect(pops).toEqual(['/a', '/edit']));
      expect(pathname()).toBe('/edit');
      expect(heading()).toHaveTextContent('Editor');

      await user.click(screen.getByRole('button', { name: 'Stay' }));
      expect(dialog).not.toBeInTheDocument();
      expect(pathname()).toBe('/edit');

      window.history.back();
      await screen.findByRole('dialog', { name: 'Leave?' });
      await waitFor(() => expect(pops).toHaveLength(4));
      await user.click(screen.getByRole('button', { name: 'Leave' }));

      await waitFor(() => expect(heading()).toHaveTextContent('Page A'));
      expect(pathname()).toBe('/a');
      expect(pops).toEqual(['/a', '/edit', '/a', '/edit', '/a']);
    } finally {
      window.removeEventListener('popstate', onPop);
    }
  });

  // An entry a fragment link made (the skip link) has no position of the router's: a Back to it
  // must still ask, whether the browser announced the entry with a popstate or not.
  it.each([
    [
      'with a popstate',
      async (user: ReturnType<typeof mount>['user']) => {
        const popped = new Promise((resolve) =>
          window.addEventListener('popstate', resolve, { once: true }),
        );
        // jsdom, like the browsers, adds an entry without the router's position and fires popstate.
        await user.click(screen.getByRole('link', { name: 'Skip to content' }));
        await popped;
      },
    ],
    [
      'without one',
      () => {
        // What a fragment link does in a browser that fires no popstate for it: an unseen entry.
        window.history.pushState(null, '', '/a#content');
        return Promise.resolve();
      },
    ],
  ])('still asks on a Back to an entry a fragment link made, %s', async (_how, makeEntry) => {
    const routes = routesWith([
      {
        path: '/a',
        element: (
          <>
            {page('Page A')}
            <a href="#content">Skip to content</a>
          </>
        ),
      },
      { path: '/edit', element: <Editor /> },
    ]);
    const { user } = mount(routes, '/a');
    await makeEntry(user);
    expect(window.location.hash).toBe('#content');
    act(() => router?.navigate('/edit'));
    expect(heading()).toHaveTextContent('Editor');

    window.history.back();
    await screen.findByRole('dialog', { name: 'Leave?' });
    await waitFor(() => expect(pathname()).toBe('/edit'));
    expect(heading()).toHaveTextContent('Editor');

    await user.click(screen.getByRole('button', { name: 'Leave' }));
    await waitFor(() => expect(heading()).toHaveTextContent('Page A'));
    expect(window.location.hash).toBe('#content');
  });
});
