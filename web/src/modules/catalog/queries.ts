import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../api/catalog-api.js';
import { useApi } from '../../app/api-context.js';

// The catalog's read hooks, shared by its pages and the overview.

export function useTeams() {
  const { catalog } = useApi();
  return useQuery({ queryKey: queryKeys.teams, queryFn: ({ signal }) => catalog.allTeams(signal) });
}

export function useSystems() {
  const { catalog } = useApi();
  return useQuery({ queryKey: queryKeys.systems, queryFn: ({ signal }) => catalog.allSystems(signal) });
}

export function useAllServices() {
  const { catalog } = useApi();
  return useQuery({ queryKey: queryKeys.allServices, queryFn: ({ signal }) => catalog.allServices(signal) });
}

export function useService(name: string) {
  const { catalog } = useApi();
  return useQuery({ queryKey: queryKeys.service(name), queryFn: ({ signal }) => catalog.getService(name, signal) });
}

export function useTeam(name: string) {
  const { catalog } = useApi();
  return useQuery({ queryKey: queryKeys.team(name), queryFn: ({ signal }) => catalog.getTeam(name, signal) });
}

export function useSystem(name: string) {
  const { catalog } = useApi();
  return useQuery({ queryKey: queryKeys.system(name), queryFn: ({ signal }) => catalog.getSystem(name, signal) });
}
