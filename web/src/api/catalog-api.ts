import type { HttpClient } from './http-client.js';
import type { Graph, ImportResult, Page, SearchResult, Service, ServiceInput, ServicePatch, SessionInfo, System, Team, TeamInput, TeamPatch } from './types.js';

// Every catalog endpoint the UI calls, typed with the server's shapes. Query keys sit
// beside the calls so invalidation after a write names the same keys the reads use.

export interface ServiceFilters {
  owner?: string;
  system?: string;
  tier?: string;
  lifecycle?: string;
  tag?: string;
  q?: string;
  sort?: string;
}

export interface Versioned<T> {
  value: T;
  etag: string | undefined;
}

export const queryKeys = {
  session: ['session'] as const,
  services: (filters: ServiceFilters, cursor: string | undefined, limit: number) => ['services', 'list', filters, cursor ?? '', limit] as const,
  allServices: ['services', 'all'] as const,
  service: (name: string) => ['services', 'one', name] as const,
  graph: (name: string) => ['services', 'graph', name] as const,
  teams: ['teams'] as const,
  team: (name: string) => ['teams', 'one', name] as const,
  systems: ['systems'] as const,
  system: (name: string) => ['systems', 'one', name] as const,
  search: (q: string) => ['search', q] as const,
};

const enc = encodeURIComponent;
/** The API's largest page; used to read whole (small) collections for lists and the overview. */
export const MAX_PAGE = 500;

export function createCatalogApi(http: HttpClient) {
  async function readAll<T>(path: string, signal?: AbortSignal): Promise<T[]> {
    const items: T[] = [];
    let cursor: string | undefined;
    // Follows cursors to the end; bounded so a server bug cannot loop forever.
    for (let i = 0; i < 200; i++) {
      const page = await http.get<Page<T>>(path, { limit: MAX_PAGE, cursor }, signal);
      items.push(...page.items);
      if (page.nextCursor === null || page.nextCursor === '') break;
      cursor = page.nextCursor;
    }
    return items;
  }

  async function readVersioned<T>(path: string, signal?: AbortSignal): Promise<Versioned<T>> {
    const options = signal === undefined ? {} : { signal };
    const res = await http.request<T>(path, options);
    return { value: res.data, etag: res.etag };
  }

  function ifMatch(etag: string | undefined): Record<string, string> {
    return etag === undefined ? {} : { 'If-Match': etag };
  }

  return {
    /**
     * The current session, or null when signed out. `optional=true` makes the server answer a
     * signed-out browser with 200 `{authenticated: false}`, not a 401 the browser would log.
     */
    getSession: async (signal?: AbortSignal): Promise<SessionInfo | null> => {
      const state = await http.get<Partial<SessionInfo> & { authenticated?: boolean }>('/api/v1/session', { optional: true }, signal);
      if (state.authenticated === false || state.actor === undefined) return null;
      return { actor: state.actor, csrfToken: state.csrfToken ?? '' };
    },
    signIn: async (token: string) => (await http.request<SessionInfo>('/api/v1/session', { method: 'POST', json: { token } })).data,
    signOut: async () => {
      await http.request<unknown>('/api/v1/session', { method: 'DELETE' });
    },

    listServices: (filters: ServiceFilters, cursor: string | undefined, limit: number, signal?: AbortSignal) =>
      http.get<Page<Service>>('/api/v1/services', { ...filters, cursor, limit }, signal),
    allServices: (signal?: AbortSignal) => readAll<Service>('/api/v1/services', signal),
    getService: (name: string, signal?: AbortSignal) => readVersioned<Service>(`/api/v1/services/${enc(name)}`, signal),
    getServiceGraph: (name: string, signal?: AbortSignal) => http.get<Graph>(`/api/v1/services/${enc(name)}/graph`, { depth: 2 }, signal),
    createService: async (input: ServiceInput) => (await http.request<Service>('/api/v1/services', { method: 'POST', json: input })).data,
    updateService: async (name: string, patch: ServicePatch, etag: string | undefined) =>
      (await http.request<Service>(`/api/v1/services/${enc(name)}`, { method: 'PATCH', json: patch, headers: ifMatch(etag) })).data,

    /** Refused with 412 when `etag` is not the current version, 409 while others depend on it. */
    deleteService: async (name: string, etag: string | undefined) => {
      await http.request<unknown>(`/api/v1/services/${enc(name)}`, { method: 'DELETE', headers: ifMatch(etag) });
    },

    allTeams: (signal?: AbortSignal) => readAll<Team>('/api/v1/teams', signal),
    getTeam: (name: string, signal?: AbortSignal) => readVersioned<Team>(`/api/v1/teams/${enc(name)}`, signal),
    createTeam: async (input: TeamInput) => (await http.request<Team>('/api/v1/teams', { method: 'POST', json: input })).data,
    updateTeam: async (name: string, patch: TeamPatch, etag: string | undefined) =>
      (await http.request<Team>(`/api/v1/teams/${enc(name)}`, { method: 'PATCH', json: patch, headers: ifMatch(etag) })).data,

    /** Refused with 412 when `etag` is not the current version, 409 while the team owns anything or has child teams. */
    deleteTeam: async (name: string, etag: string | undefined) => {
      await http.request<unknown>(`/api/v1/teams/${enc(name)}`, { method: 'DELETE', headers: ifMatch(etag) });
    },

    allSystems: (signal?: AbortSignal) => readAll<System>('/api/v1/systems', signal),
    getSystem: (name: string, signal?: AbortSignal) => readVersioned<System>(`/api/v1/systems/${enc(name)}`, signal),

    search: (q: string, signal?: AbortSignal) => http.get<SearchResult>('/api/v1/search', { q }, signal),

    importCatalog: async (yamlText: string, dryRun: boolean): Promise<ImportResult> => {
      const res = await http.request<ImportResult>('/api/v1/catalog/import', {
        method: 'POST',
        query: { dryRun: dryRun ? 'true' : undefined },
        body: { text: yamlText, contentType: 'application/yaml' },
      });
      return res.data;
    },
  };
}

export type CatalogApi = ReturnType<typeof createCatalogApi>;
