import type { Static } from 'typebox';
import type { HttpClient } from '../../api/http-client.js';
import type { Page } from '../../api/types.js';
import type { ApiResponse } from '../../../../src/modules/catalog/catalog.schema.js';
import type { Change, Level } from '../../../../src/modules/apis/diff/change.js';
import type {
  ApiVersion,
  ChangeCountsSchema,
  ChangesSchema,
  Deprecation,
  LatestVersions,
  LintCountsSchema,
  LintResult,
  ReleasePolicySchema,
} from '../../../../src/modules/apis/apis.schema.js';

// The API registry (issue #5) as the pages use it, on the app's one HttpClient. Shapes are
// the server's own TypeBox schemas (type-only imports: nothing from the server is bundled).

export type CatalogApi = ApiResponse;
export type { ApiVersion, Change, Deprecation, Level };
export type LintSummary = Static<typeof LintCountsSchema>;
export type ChangeCounts = Static<typeof ChangeCountsSchema>;
export type VersionChanges = Static<typeof ChangesSchema>;
export type VersionLint = LintResult;
export type LintFinding = LintResult['items'][number];
export type ReleasePolicy = Static<typeof ReleasePolicySchema>;

export interface DeprecationFilters {
  before?: string;
  api?: string;
  team?: string;
}

const enc = encodeURIComponent;
const MAX_PAGE = 500;

export const apisKeys = {
  catalogApis: ['apis', 'catalog'] as const,
  catalogApi: (name: string) => ['apis', 'catalog', name] as const,
  latest: ['apis', 'latest'] as const,
  versions: (name: string) => ['apis', 'versions', name] as const,
  version: (name: string, version: string) => ['apis', 'version', name, version] as const,
  changes: (name: string, version: string) => ['apis', 'changes', name, version] as const,
  lint: (name: string, version: string) => ['apis', 'lint', name, version] as const,
  policy: (name: string) => ['apis', 'policy', name] as const,
  deprecations: (filters: DeprecationFilters) => ['apis', 'deprecations', filters] as const,
};

export function registryApi(http: HttpClient) {
  /** Follows cursors to the end; bounded so a server bug cannot loop forever. */
  async function readAll<T>(path: string, signal?: AbortSignal): Promise<T[]> {
    const items: T[] = [];
    let cursor: string | undefined;
    for (let i = 0; i < 100; i++) {
      const page = await http.get<Page<T>>(path, { limit: MAX_PAGE, cursor }, signal);
      items.push(...page.items);
      if (page.nextCursor === null || page.nextCursor === '') break;
      cursor = page.nextCursor;
    }
    return items;
  }

  const base = (api: string) => `/api/v1/apis/${enc(api)}`;
  const versionPath = (api: string, version: string) => `${base(api)}/versions/${enc(version)}`;

  return {
    catalogApis: (signal?: AbortSignal) => readAll<CatalogApi>('/api/v1/apis', signal),
    catalogApi: (name: string, signal?: AbortSignal) => http.get<CatalogApi>(base(name), undefined, signal),
    /** The newest registered version of every API that has one, by API name (one request). */
    latestVersions: async (signal?: AbortSignal) => {
      const { items } = await http.get<LatestVersions>('/api/v1/api-versions/latest', undefined, signal);
      return new Map(items.map((version) => [version.api, version]));
    },
    versions: (name: string, signal?: AbortSignal) => readAll<ApiVersion>(`${base(name)}/versions`, signal),
    version: (name: string, version: string, signal?: AbortSignal) => http.get<ApiVersion>(versionPath(name, version), undefined, signal),
    changes: (name: string, version: string, signal?: AbortSignal) => http.get<VersionChanges>(`${versionPath(name, version)}/changes`, undefined, signal),
    lint: (name: string, version: string, signal?: AbortSignal) => http.get<VersionLint>(`${versionPath(name, version)}/lint`, undefined, signal),
    policy: (name: string, signal?: AbortSignal) => http.get<ReleasePolicy>(`${base(name)}/release-policy`, undefined, signal),
    deprecations: async (filters: DeprecationFilters, signal?: AbortSignal) =>
      (await http.get<{ items: Deprecation[] }>('/api/v1/deprecations', { ...filters }, signal)).items,
  };
}

/** Links the UI offers to the raw resources (opened by the browser, not fetched by the app). */
export const rawLinks = {
  document: (api: string, version: string) => `/api/v1/apis/${enc(api)}/versions/${enc(version)}/document`,
  changelog: (api: string) => `/api/v1/apis/${enc(api)}/changelog?format=markdown`,
};
