import type { WebModule } from '../web-module.js';
import { CampaignPage, CampaignsPage } from './pages/CampaignsPage.js';
import { MatrixPage } from './pages/MatrixPage.js';
import { ServiceReadinessPage } from './pages/ServiceReadinessPage.js';

// Operational readiness: the scorecard matrix, a service's readiness, campaigns. The trend
// chart (recharts) is lazy inside the pages.
const readiness: WebModule = {
  id: 'readiness',
  label: 'Readiness',
  path: 'readiness',
  sections: [
    { label: 'Matrix', to: '/readiness' },
    { label: 'Campaigns', to: '/readiness/campaigns' },
  ],
  routes: [
    { index: true, element: <MatrixPage /> },
    { path: 'services/:name', element: <ServiceReadinessPage /> },
    { path: 'campaigns', element: <CampaignsPage /> },
    { path: 'campaigns/:id', element: <CampaignPage /> },
  ],
};

export default readiness;
