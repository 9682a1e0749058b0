import type { WebModule } from '../web-module.js';
import { ApiPage } from './pages/ApiPage.js';
import { ApisPage } from './pages/ApisPage.js';
import { DeprecationsPage } from './pages/DeprecationsPage.js';
import { VersionPage } from './pages/VersionPage.js';

// APIs: the catalog's APIs with their registered versions (lint, changes, changelog), the
// deprecation timeline across all APIs, and the design guidelines. The guidelines page is
// lazy, because it carries the rules' examples.
const apis: WebModule = {
  id: 'apis',
  label: 'APIs',
  path: 'apis',
  sections: [
    { label: 'APIs', to: '/apis' },
    { label: 'Deprecations', to: '/apis/deprecations' },
    { label: 'Guidelines', to: '/apis/guidelines' },
  ],
  routes: [
    { index: true, element: <ApisPage /> },
    {
      path: 'guidelines',
      lazy: async () => {
        const { GuidelinesPage } = await import('./pages/GuidelinesPage.js');
        return { Component: GuidelinesPage };
      },
    },
    { path: 'deprecations', element: <DeprecationsPage /> },
    { path: ':name', element: <ApiPage /> },
    { path: ':name/versions/:version', element: <VersionPage /> },
  ],
};

export default apis;
