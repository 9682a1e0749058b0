import type { WebModule } from '../web-module.js';

// APIs: so far the design guidelines page. Lazy, because it carries the rules' examples.
const apis: WebModule = {
  id: 'apis',
  label: 'APIs',
  path: 'apis',
  sections: [{ label: 'Guidelines', to: '/apis' }],
  routes: [
    {
      index: true,
      lazy: async () => {
        const { GuidelinesPage } = await import('./pages/GuidelinesPage.js');
        return { Component: GuidelinesPage };
      },
    },
  ],
};

export default apis;
