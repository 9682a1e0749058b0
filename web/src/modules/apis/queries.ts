import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApi } from '../../app/api-context.js';
import { apisKeys, registryApi, type DeprecationFilters } from './registry-api.js';

// Read hooks of the API registry pages (the registry has no writes in the UI: versions
// arrive from pipelines with `groundwork api push`).

function useRegistry() {
  return registryApi(useApi().http);
}

export function useCatalogApis() {
  const api = useRegistry();
  return useQuery({ queryKey: apisKeys.catalogApis, queryFn: ({ signal }) => api.catalogApis(signal) });
}

export function useCatalogApi(name: string) {
  const api = useRegistry();
  return useQuery({ queryKey: apisKeys.catalogApi(name), queryFn: ({ signal }) => api.catalogApi(name, signal) });
}

/**
 * The latest version of every API, keyed by API name: one request for the whole list,
 * whatever the page and filters (an API without a version is absent from the map).
 */
export function useLatestVersions() {
  const api = useRegistry();
  return useQuery({ queryKey: apisKeys.latest, queryFn: ({ signal }) => api.latestVersions(signal) });
}

export function useVersions(name: string) {
  const api = useRegistry();
  return useQuery({ queryKey: apisKeys.versions(name), queryFn: ({ signal }) => api.versions(name, signal) });
}

export function useVersion(name: string, version: string) {
  const api = useRegistry();
  return useQuery({ queryKey: apisKeys.version(name, version), queryFn: ({ signal }) => api.version(name, version, signal) });
}

export function useVersionChanges(name: string, version: string) {
  const api = useRegistry();
  return useQuery({ queryKey: apisKeys.changes(name, version), queryFn: ({ signal }) => api.changes(name, version, signal) });
}

export function useVersionLint(name: string, version: string) {
  const api = useRegistry();
  return useQuery({ queryKey: apisKeys.lint(name, version), queryFn: ({ signal }) => api.lint(name, version, signal) });
}

export function useReleasePolicy(name: string) {
  const api = useRegistry();
  return useQuery({ queryKey: apisKeys.policy(name), queryFn: ({ signal }) => api.policy(name, signal) });
}

export function useDeprecations(filters: DeprecationFilters) {
  const api = useRegistry();
  return useQuery({
    queryKey: apisKeys.deprecations(filters),
    queryFn: ({ signal }) => api.deprecations(filters, signal),
    placeholderData: keepPreviousData,
  });
}
