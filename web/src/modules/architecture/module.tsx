import { Navigate } from 'react-router';
import type { WebModule } from '../web-module.js';
import { AdrPage } from './pages/AdrPage.js';
import { AdrsPage } from './pages/AdrsPage.js';
import { AdrGraphPage } from './graph/AdrGraphPage.js';
import { PrinciplePage, PrinciplesPage } from './pages/PrinciplesPage.js';
import { NewReviewPage } from './pages/NewReviewPage.js';
import { ReviewPage } from './pages/ReviewPage.js';
import { ReviewsPage } from './pages/ReviewsPage.js';

// Architecture governance: decisions (ADRs), design reviews and principles.
const architecture: WebModule = {
  id: 'architecture',
  label: 'Architecture',
  path: 'architecture',
  sections: [
    { label: 'Decisions', to: '/architecture/adrs' },
    { label: 'Reviews', to: '/architecture/reviews' },
    { label: 'Principles', to: '/architecture/principles' },
  ],
  routes: [
    { index: true, element: <Navigate to="/architecture/adrs" replace /> },
    { path: 'adrs', element: <AdrsPage /> },
    { path: 'adrs/:id', element: <AdrPage /> },
    { path: 'decisions/graph', element: <AdrGraphPage /> },
    { path: 'reviews', element: <ReviewsPage /> },
    { path: 'reviews/new', element: <NewReviewPage /> },
    { path: 'reviews/:id', element: <ReviewPage /> },
    { path: 'principles', element: <PrinciplesPage /> },
    { path: 'principles/:id', element: <PrinciplePage /> },
  ],
};

export default architecture;
