import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { createCatalogApi, queryKeys } from './api/catalog-api.js';
import { HttpClient } from './api/http-client.js';
import { ProblemError } from './api/problem.js';
import { ApiProvider } from './app/api-context.js';
import { createRoutes } from './app/routes.js';
import { navEntries, webModules } from './modules/registry.js';
import './styles.css';

const http = new HttpClient((input, init) => fetch(input, init));
const api = { http, catalog: createCatalogApi(http) };

const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({
    onError: (error, query) => {
      // A session that ended elsewhere (expired, revoked): drop to the sign-in page.
      if (error instanceof ProblemError && error.status === 401 && query.queryKey[0] !== 'session') {
        queryClient.setQueryData(queryKeys.session, null);
      }
    },
  }),
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      retry: (failures, error) => !(error instanceof ProblemError && error.status < 500) && failures < 2,
    },
  },
});

const router = createBrowserRouter(createRoutes(webModules, navEntries));

const rootElement = document.getElementById('root');
if (rootElement === null) throw new Error('index.html has no #root element');
createRoot(rootElement).render(
  <StrictMode>
    <ApiProvider api={api}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </ApiProvider>
  </StrictMode>,
);
