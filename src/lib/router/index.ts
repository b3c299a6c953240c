/**
 * The app's router: a route table with nested layouts and lazy pages over the History API
 * (docs/decisions/062-in-house-router.md).
 */
export {
  createBrowserHistory,
  createMemoryHistory,
  createPath,
  type HistoryAction,
  type RouterHistory,
  type RouterLocation,
} from './history';
export {
  matchPath,
  matchRoutes,
  type Params,
  type RouteMatch,
  type RouteModule,
  type RouteObject,
} from './match';
export {
  Link,
  Navigate,
  Outlet,
  RouterProvider,
  useBlocker,
  useLocation,
  useMatch,
  useMatches,
  useNavigate,
  useNavigationPending,
  useParams,
  useRouteError,
  useSearchParams,
  type Blocker,
  type LinkProps,
  type NavigateFunction,
  type SetSearchParams,
} from './react';
export { createRouter, type BlockerArgs, type Router, type RouterState } from './router';
