import { createContext, useContext, type ReactNode } from 'react';
import type { CatalogApi } from '../api/catalog-api.js';
import type { HttpClient } from '../api/http-client.js';

// The API objects are made once in main.tsx (or per test) and handed down, so nothing
// reaches for a module-level singleton.

export interface Api {
  http: HttpClient;
  catalog: CatalogApi;
}

const ApiContext = createContext<Api | undefined>(undefined);

export function ApiProvider({ api, children }: { api: Api; children: ReactNode }) {
  return <ApiContext value={api}>{children}</ApiContext>;
}

export function useApi(): Api {
  const api = useContext(ApiContext);
  if (api === undefined) throw new Error('useApi() outside <ApiProvider>');
  return api;
}
