import { QueryClient } from '@tanstack/react-query';
import { render, type RenderOptions } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement, ReactNode } from 'react';
import { AppProvider } from '@/app/provider';
import {
  RouterProvider,
  createMemoryHistory,
  createRouter,
  type RouteObject,
  type Router,
} from '@/lib/router';

/** No retries (a failing call fails the test at once) and no garbage-collection timers. */
export function createTestQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, gcTime: Infinity, staleTime: 0 },
      mutations: { retry: false },
    },
  });
}

export interface RenderWithProvidersOptions {
  /** The URL the memory router starts at, e.g. "/speed-rules/954637368599307266". */
  route?: string;
  /** The route pattern `ui` is mounted at, e.g. "/speed-rules/:id" (default: every path). */
  path?: string;
  queryClient?: QueryClient;
  renderOptions?: Omit<RenderOptions, 'wrapper' | 'queries'>;
  /** Mantine's transitions and portals on (off by default): for what a fading dialog shows. */
  transitions?: boolean;
}

/** The app's providers, for a test that renders (and re-renders) a tree of its own. */
export function TestProviders({
  children,
  queryClient,
  transitions = false,
}: {
  children: ReactNode;
  queryClient: QueryClient;
  transitions?: boolean;
}) {
  return (
    <AppProvider queryClient={queryClient} env={transitions ? 'default' : 'test'}>
      {children}
    </AppProvider>
  );
}

/** The app's providers around the router (Mantine in test mode unless `transitions`). */
function renderRouter(
  router: Router,
  queryClient: QueryClient,
  { renderOptions, transitions }: Pick<RenderWithProvidersOptions, 'renderOptions' | 'transitions'>,
) {
  const user = userEvent.setup();
  const result = render(
    <TestProviders queryClient={queryClient} transitions={transitions}>
      <RouterProvider router={router} />
    </TestProviders>,
    renderOptions,
  );
  return { ...result, user, router, queryClient };
}

/** Renders one component on a memory route with every app provider around it. */
export function renderWithProviders(ui: ReactElement, options: RenderWithProvidersOptions = {}) {
  const { route = '/', path = '*', queryClient = createTestQueryClient() } = options;
  const router = createRouter([{ path, element: ui }], createMemoryHistory([route]));
  return renderRouter(router, queryClient, options);
}

/** Renders a route tree (e.g. the app's own routes) at `route`, for navigation tests. */
export function renderRoutes(
  routes: RouteObject[],
  options: Omit<RenderWithProvidersOptions, 'path'> = {},
) {
  const { route = '/', queryClient = createTestQueryClient() } = options;
  const router = createRouter(routes, createMemoryHistory([route]));
  return renderRouter(router, queryClient, options);
}

export * from '@testing-library/react';
export { userEvent };
