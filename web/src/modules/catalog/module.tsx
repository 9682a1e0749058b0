import { Navigate } from 'react-router';
import type { WebModule } from '../web-module.js';
import { ImportPage } from './import/ImportPage.js';
import { EditServicePage, NewServicePage } from './pages/ServiceFormPage.js';
import { ServicePage } from './pages/ServicePage.js';
import { ServicesPage } from './pages/ServicesPage.js';
import { SystemPage } from './pages/SystemPage.js';
import { SystemsPage } from './pages/SystemsPage.js';
import { EditTeamPage, NewTeamPage } from './pages/TeamFormPage.js';
import { TeamPage } from './pages/TeamPage.js';
import { TeamsPage } from './pages/TeamsPage.js';

// The catalog's pages. The graph page is lazy: it pulls in React Flow and dagre.
const catalog: WebModule = {
  id: 'catalog',
  label: 'Catalog',
  path: 'catalog',
  sections: [
    { label: 'Services', to: '/catalog/services' },
    { label: 'Teams', to: '/catalog/teams' },
    { label: 'Systems', to: '/catalog/systems' },
    { label: 'Import', to: '/catalog/import' },
  ],
  routes: [
    { index: true, element: <Navigate to="/catalog/services" replace /> },
    { path: 'services', element: <ServicesPage /> },
    { path: 'services/new', element: <NewServicePage /> },
    { path: 'services/:name', element: <ServicePage /> },
    { path: 'services/:name/edit', element: <EditServicePage /> },
    {
      path: 'services/:name/graph',
      lazy: async () => {
        const { GraphPage } = await import('./pages/GraphPage.js');
        return { Component: GraphPage };
      },
    },
    { path: 'teams', element: <TeamsPage /> },
    { path: 'teams/new', element: <NewTeamPage /> },
    { path: 'teams/:name', element: <TeamPage /> },
    { path: 'teams/:name/edit', element: <EditTeamPage /> },
    { path: 'systems', element: <SystemsPage /> },
    { path: 'systems/:name', element: <SystemPage /> },
    { path: 'import', element: <ImportPage /> },
  ],
};

export default catalog;
