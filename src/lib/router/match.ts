import type { ComponentType, ReactNode } from 'react';

/** A page module loaded on first visit: it exports its page as `Component`. */
export interface RouteModule {
  Component: ComponentType;
}

/** One entry of the route table. Children render in their parent's `<Outlet />`. */
export interface RouteObject {
  /** '/plans', '/speed-rules/:id', '*'. Absolute, or relative to the parent. None: a group. */
  path?: string;
  /** Matches the parent's own path. */
  index?: boolean;
  element?: ReactNode;
  lazy?: () => Promise<RouteModule>;
  /** Shown instead of this route's content when it or a route below fails. */
  errorElement?: ReactNode;
  /** Shown instead of the whole tree while the first page's code loads. */
  fallback?: ReactNode;
  /** Anything the app wants to read back with `useMatches` (the title key). */
  handle?: unknown;
  children?: RouteObject[];
}

export type Params = Record<string, string>;

export interface RouteMatch {
  route: RouteObject;
  /** Every `:param` (and `*`) of the matched path. */
  params: Params;
  /** The lazy route's page, once its module has loaded. */
  Component?: ComponentType;
}

const segmentsOf = (path: string) => path.split('/').filter(Boolean);

const decode = (segment: string) => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
};

/**
 * Matches `pattern` ('/speed-rules/:id', '/a/*') against a pathname, ignoring case and trailing
 * slashes. `end: false` also accepts longer pathnames ('/plans' matches '/plans/new').
 */
export function matchPath(pattern: string, pathname: string, end = true): Params | null {
  const want = segmentsOf(pattern);
  const have = segmentsOf(pathname);
  const params: Params = {};
  for (const [i, segment] of want.entries()) {
    if (segment === '*') {
      params['*'] = have.slice(i).map(decode).join('/');
      return params;
    }
    const actual = have[i];
    if (actual === undefined) return null;
    if (segment.startsWith(':')) params[segment.slice(1)] = decode(actual);
    else if (segment.toLowerCase() !== decode(actual).toLowerCase()) return null;
  }
  return end && have.length > want.length ? null : params;
}

interface Branch {
  chain: RouteObject[];
  pattern: string;
  score: number;
}

const join = (parent: string, path: string) =>
  path.startsWith('/') ? path : `${parent.replace(/\/$/, '')}/${path}`;

/** More specific paths first: static segments beat `:params`, which beat `*`. */
function rank(pattern: string, index: boolean) {
  const segments = segmentsOf(pattern);
  let score = segments.length + (index ? 2 : 0);
  for (const segment of segments) score += segment === '*' ? -2 : segment.startsWith(':') ? 3 : 10;
  return score;
}

function flatten(routes: RouteObject[], parentPath = '', parents: RouteObject[] = []): Branch[] {
  return routes.flatMap((route) => {
    const pattern = route.path === undefined ? parentPath : join(parentPath, route.path);
    const chain = [...parents, route];
    const below = route.children ? flatten(route.children, pattern, chain) : [];
    // A route without a path (a layout or an error boundary) only matches through a child.
    const own =
      route.path !== undefined || route.index
        ? [{ chain, pattern, score: rank(pattern, Boolean(route.index)) }]
        : [];
    return [...below, ...own];
  });
}

const branchCache = new WeakMap<RouteObject[], Branch[]>();

/** The chain of routes (layout → … → page) the pathname shows, or [] when nothing matches. */
export function matchRoutes(routes: RouteObject[], pathname: string): RouteMatch[] {
  let branches = branchCache.get(routes);
  if (!branches) {
    // A stable sort: equal scores keep the table's order.
    branches = flatten(routes).sort((a, b) => b.score - a.score);
    branchCache.set(routes, branches);
  }
  for (const { chain, pattern } of branches) {
    const params = matchPath(pattern, pathname);
    if (params) return chain.map((route) => ({ route, params }));
  }
  return [];
}
