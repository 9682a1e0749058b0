import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach } from 'vitest';
import { createCatalogApi } from '../api/catalog-api.js';
import { HttpClient } from '../api/http-client.js';
import { ApiProvider } from '../app/api-context.js';
import { createRoutes } from '../app/routes.js';
import { navEntries, webModules } from '../modules/registry.js';
import type { FakeServer } from './fake-server.js';

afterEach(() => {
  cleanup();
});

/** The whole app (real routes, real API client) at `path`, talking to a fake server. */
export function renderApp(path: string, server: FakeServer) {
  const http = new HttpClient(server.fetch);
  const api = { http, catalog: createCatalogApi(http) };
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const router = createMemoryRouter(createRoutes(webModules, navEntries), { initialEntries: [path] });
  const utils = render(
    <ApiProvider api={api}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </ApiProvider>,
  );
  return { ...utils, router, http };
}
