/**
 * The app's router: a route table with nested layouts and lazy pages over the History API
 * (docs/decisions/062-in-house-router.md).
 */
export { createBrowserHistory, createMemoryHistory } from './history';
export { type RouteModule, type RouteObject } from './match';
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
} from './react';
export { createRouter, type Router } from './router';
