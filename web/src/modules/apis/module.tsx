import type { WebModule } from '../web-module.js';

// APIs: the catalog's APIs with their registered versions (lint, changes, changelog), the
// deprecation timeline across all APIs, and the design guidelines. Every page is lazy: the
// guidelines carry the rules' examples, the version page the diff module's changelog
// renderer, and none of it is needed on the first load.
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
    {
      index: true,
      lazy: async () => ({ Component: (await import('./pages/ApisPage.js')).ApisPage }),
    },
    {
      path: 'guidelines',
      lazy: async () => ({ Component: (await import('./pages/GuidelinesPage.js')).GuidelinesPage }),
    },
    {
      path: 'deprecations',
      lazy: async () => ({ Component: (await import('./pages/DeprecationsPage.js')).DeprecationsPage }),
    },
    {
      path: ':name',
      lazy: async () => ({ Component: (await import('./pages/ApiPage.js')).ApiPage }),
    },
    {
      // For an API named like one of the module's pages (`guidelines`, `deprecations`): see apiPath.
      path: ':name/overview',
      lazy: async () => ({ Component: (await import('./pages/ApiPage.js')).ApiPage }),
    },
    {
      path: ':name/versions/:version',
      lazy: async () => ({ Component: (await import('./pages/VersionPage.js')).VersionPage }),
    },
  ],
};

export default apis;
