import type { RouteObject } from 'react-router';
import { SignInPage } from '../auth/SignInPage.js';
import { ComingPage } from '../pages/ComingPage.js';
import { NotFoundPage } from '../pages/NotFoundPage.js';
import { OverviewPage } from '../pages/overview/OverviewPage.js';
import { SearchPage } from '../pages/search/SearchPage.js';
import type { NavEntry, WebModule } from '../modules/web-module.js';
import { RequireSession } from './RequireSession.js';
import { RouteError } from './RouteError.js';

/** The whole route table: app pages, each ready module's routes, a placeholder per coming one. */
export function createRoutes(modules: readonly WebModule[], nav: NavEntry[]): RouteObject[] {
  const moduleRoutes: RouteObject[] = modules.map((m) => ({ path: m.path, children: m.routes }));
  const comingRoutes: RouteObject[] = nav
    .filter((n) => n.status === 'coming')
    .map((n) => ({ path: `${n.path.slice(1)}/*`, element: <ComingPage label={n.label} /> }));
  return [
    { path: '/sign-in', element: <SignInPage />, errorElement: <RouteError /> },
    {
      path: '/',
      element: <RequireSession nav={nav} />,
      errorElement: <RouteError />,
      children: [
        {
          errorElement: <RouteError />,
          children: [
            { index: true, element: <OverviewPage /> },
            { path: 'search', element: <SearchPage /> },
            ...moduleRoutes,
            ...comingRoutes,
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ];
}
