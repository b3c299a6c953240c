import {
  Component,
  createContext,
  use,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ComponentPropsWithRef,
  type ComponentType,
  type ReactElement,
  type ReactNode,
} from 'react';
import { createPath, type RouterLocation } from './history';
import { matchPath, type Params, type RouteMatch } from './match';
import type { BlockerArgs, Router, RouterState } from './router';

const RouterContext = createContext<Router | null>(null);
const StateContext = createContext<RouterState | null>(null);
const OutletContext = createContext<ReactNode>(null);
const RouteErrorContext = createContext<unknown>(undefined);

function useRouter() {
  const router = use(RouterContext);
  if (!router) throw new Error('Router hooks need a <RouterProvider> above them.');
  return router;
}

function useRouterState() {
  const state = use(StateContext);
  if (!state) throw new Error('Router hooks need a <RouterProvider> above them.');
  return state;
}

interface BoundaryProps {
  /** A new location clears the error: the next page gets its chance. */
  location: RouterLocation;
  fallback: ReactNode;
  children: ReactNode;
}

interface BoundaryState {
  location: RouterLocation;
  error: { value: unknown } | null;
}

/** Catches what a route's content throws while rendering and shows the route's errorElement. */
class RouteErrorBoundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { location: this.props.location, error: null };

  static getDerivedStateFromError(value: unknown): Partial<BoundaryState> {
    return { error: { value } };
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: BoundaryState) {
    return props.location === state.location ? null : { location: props.location, error: null };
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return <RouteErrorContext value={error.value}>{this.props.fallback}</RouteErrorContext>;
  }
}

/**
 * One element per page component, kept by each RouterProvider: the same element on every render
 * lets React skip a page that reads nothing of what changed (a `navigating` flip, a new query).
 */
type PageElements = WeakMap<ComponentType, ReactElement>;

function pageElement(elements: PageElements, Page: ComponentType): ReactElement {
  let element = elements.get(Page);
  if (element === undefined) {
    element = <Page />;
    elements.set(Page, element);
  }
  return element;
}

/** The matched chain as nested elements: each route's content gets the next one as its outlet. */
function renderMatches(
  { matches, location, loadError }: RouterState,
  elements: PageElements,
): ReactNode {
  let last = matches.length - 1;
  if (loadError) {
    // A page whose code failed to load: the nearest route with an errorElement shows it.
    last = matches.findLastIndex(
      (match, i) => i <= loadError.index && match.route.errorElement !== undefined,
    );
    if (last < 0) throw loadError.error;
  }
  let outlet: ReactNode = null;
  for (let i = last; i >= 0; i--) {
    const { route, Component: Page } = matches[i] as RouteMatch;
    if (loadError && i === last) {
      outlet = <RouteErrorContext value={loadError.error}>{route.errorElement}</RouteErrorContext>;
      continue;
    }
    const content =
      route.element !== undefined ? route.element : Page ? pageElement(elements, Page) : outlet;
    outlet = <OutletContext value={outlet}>{content}</OutletContext>;
    if (route.errorElement !== undefined) {
      outlet = (
        <RouteErrorBoundary location={location} fallback={route.errorElement}>
          {outlet}
        </RouteErrorBoundary>
      );
    }
  }
  return outlet;
}

export function RouterProvider({ router }: { router: Router }) {
  const state = useSyncExternalStore(router.subscribe, () => router.state);
  const { location, action, ready } = state;
  const [pageElements] = useState<PageElements>(() => new WeakMap());

  // A new page starts at its top; Back/Forward and in-page changes (?page=2) keep the scroll.
  const shownPathname = useRef(location.pathname);
  useLayoutEffect(() => {
    if (action === 'PUSH' && shownPathname.current !== location.pathname) window.scrollTo(0, 0);
    shownPathname.current = location.pathname;
  }, [location, action]);

  const fallback = state.matches.find((match) => match.route.fallback !== undefined)?.route
    .fallback;
  return (
    <RouterContext value={router}>
      <StateContext value={state}>
        {ready ? renderMatches(state, pageElements) : (fallback ?? null)}
      </StateContext>
    </RouterContext>
  );
}

/** Where the matched child route renders. */
export function Outlet() {
  return use(OutletContext);
}

/** What the nearest errorElement is showing. */
export function useRouteError(): unknown {
  return use(RouteErrorContext);
}

export function useLocation(): RouterLocation {
  return useRouterState().location;
}

/** The matched chain, layout first (each with its route's `handle`). */
export function useMatches(): RouteMatch[] {
  return useRouterState().matches;
}

export function useParams(): Params {
  return useRouterState().matches.at(-1)?.params ?? {};
}

/** The current location's params if it matches `path` (`end: false`: or a path below it). */
export function useMatch(path: string, { end = true }: { end?: boolean } = {}): Params | null {
  return matchPath(path, useLocation().pathname, end);
}

/** True while a page's code loads after a navigation (the previous page stays meanwhile). */
export function useNavigationPending(): boolean {
  return useRouterState().navigating;
}

export type NavigateFunction = Router['navigate'];

export function useNavigate(): NavigateFunction {
  return useRouter().navigate;
}

type SearchParamsInit = ConstructorParameters<typeof URLSearchParams>[0];
export type SetSearchParams = (
  next: SearchParamsInit | ((current: URLSearchParams) => SearchParamsInit),
  options?: { replace?: boolean },
) => void;

/** The query string as URLSearchParams, and a setter that navigates to the same page with new ones. */
export function useSearchParams(): [URLSearchParams, SetSearchParams] {
  const router = useRouter();
  const { search } = useLocation();
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const setParams = useCallback<SetSearchParams>(
    (next, { replace = false } = {}) => {
      // Read at call time, so two updates in one handler build on each other.
      const { pathname, search: current } = router.state.location;
      const init = typeof next === 'function' ? next(new URLSearchParams(current)) : next;
      const query = new URLSearchParams(init).toString();
      router.navigate(query ? `${pathname}?${query}` : pathname, { replace });
    },
    [router],
  );
  return [params, setParams];
}

export interface Blocker {
  state: 'unblocked' | 'blocked';
  /** Makes the held navigation (without asking the blockers again). */
  proceed: () => void;
  /** Drops the held navigation: the user stays. */
  reset: () => void;
}

const noop = () => {};

/**
 * Holds in-app navigations (links, navigate, Back/Forward) for which `shouldBlock` returns true,
 * until the user proceeds or stays (reset). Closing or reloading the tab is `beforeunload`'s job.
 */
export function useBlocker(shouldBlock: (args: BlockerArgs) => boolean): Blocker {
  const router = useRouter();
  const [held, setHeld] = useState<{ proceed: () => void } | null>(null);
  // The router asks at navigation time: it must see this render's predicate, not the first one.
  const latest = useRef(shouldBlock);
  useLayoutEffect(() => {
    latest.current = shouldBlock;
  });
  useEffect(
    () =>
      router.block({
        shouldBlock: (args) => latest.current(args),
        onBlocked: (proceed) => setHeld({ proceed }),
      }),
    [router],
  );
  if (!held) return { state: 'unblocked', proceed: noop, reset: noop };
  return {
    state: 'blocked',
    proceed: () => {
      setHeld(null);
      held.proceed();
    },
    reset: () => setHeld(null),
  };
}

export interface LinkProps extends Omit<ComponentPropsWithRef<'a'>, 'href'> {
  /** An absolute path, e.g. "/plans?page=2". */
  to: string;
  replace?: boolean;
  /** A full page load instead of an in-app navigation (e.g. to recover from an error). */
  reloadDocument?: boolean;
}

/**
 * A real `<a href>`: middle-click, Ctrl/Cmd-click and "open in new tab" stay the browser's. Only a
 * plain left click becomes an in-app navigation. Works as Mantine's `component={Link}`.
 */
export function Link({ to, replace, reloadDocument, onClick, ...rest }: LinkProps) {
  const router = useRouter();
  return (
    <a
      {...rest}
      href={to}
      onClick={(event) => {
        onClick?.(event);
        const modified = event.metaKey || event.altKey || event.ctrlKey || event.shiftKey;
        const otherTarget = rest.target !== undefined && rest.target !== '_self';
        if (event.defaultPrevented || reloadDocument || event.button !== 0) return;
        if (modified || otherTarget) return;
        event.preventDefault();
        // A link to where the user already is does not add a history entry.
        router.navigate(to, { replace: replace ?? createPath(router.state.location) === to });
      }}
    />
  );
}

/** Navigates once rendered (the `/` → `/plans` redirect). */
export function Navigate({ to, replace = false }: { to: string; replace?: boolean }) {
  const navigate = useNavigate();
  useEffect(() => {
    navigate(to, { replace });
  }, [navigate, to, replace]);
  return null;
}
