import { paths } from '@/config/paths';
import { Navigate, createBrowserHistory, createRouter, type RouteObject } from '@/lib/router';
import { AppLayout } from './layout/app-layout';
import { PageLoader } from './layout/page-loader';
import type { RouteHandle } from './route-handle';
import { NotFoundPage } from './routes/not-found';
import { RouteError } from './routes/route-error';

const title = (titleKey: string): RouteHandle => ({ titleKey });

/**
 * Every page. Page modules load on first visit (`lazy`) and export a named `Component`, so each
 * feature lands in its own chunk and the shell paints without waiting for the forms.
 */
export const routes: RouteObject[] = [
  {
    path: paths.home,
    element: <AppLayout />,
    // The shell itself failed: show the message without it.
    errorElement: <RouteError />,
    // Until the first page's code is there (later navigations keep the previous page).
    fallback: <PageLoader />,
    children: [
      {
        // A page failed: the message shows inside the shell, so the navigation still works.
        errorElement: <RouteError />,
        children: [
          { index: true, element: <Navigate to={paths.plans.list} replace /> },
          {
            path: paths.plans.list,
            handle: title('pageTitle.plans'),
            lazy: () => import('./routes/plans/list'),
          },
          {
            path: paths.plans.new,
            handle: title('pageTitle.newPlan'),
            lazy: () => import('./routes/plans/new'),
          },
          {
            path: paths.speedRules.list,
            handle: title('pageTitle.speedRules'),
            lazy: () => import('./routes/speed-rules/list'),
          },
          {
            path: paths.speedRules.new,
            handle: title('pageTitle.newSpeedRule'),
            lazy: () => import('./routes/speed-rules/new'),
          },
          {
            path: paths.speedRules.editPattern,
            handle: title('pageTitle.editSpeedRule'),
            lazy: () => import('./routes/speed-rules/edit'),
          },
          { path: '*', handle: title('pageTitle.notFound'), element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export const createAppRouter = () => createRouter(routes, createBrowserHistory());
