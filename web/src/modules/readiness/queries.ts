import { useQueries, useQuery } from '@tanstack/react-query';
import { useApi } from '../../app/api-context.js';
import { readinessApi, type HistoryFilters, type ReportFilters } from './readiness-api.js';

// Read hooks of the readiness pages.

function useReadiness() {
  return readinessApi(useApi().http);
}

export function useScorecards() {
  const api = useReadiness();
  return useQuery({ queryKey: ['readiness', 'scorecards'], queryFn: ({ signal }) => api.scorecards(signal) });
}

export function useReport(filters: ReportFilters) {
  const api = useReadiness();
  return useQuery({ queryKey: ['readiness', 'report', filters], queryFn: ({ signal }) => api.report(filters, signal) });
}

export function useServiceReadiness(name: string) {
  const api = useReadiness();
  return useQuery({ queryKey: ['readiness', 'service', name], queryFn: ({ signal }) => api.service(name, signal) });
}

export function useCampaigns() {
  const api = useReadiness();
  return useQuery({ queryKey: ['readiness', 'campaigns'], queryFn: ({ signal }) => api.campaigns(signal) });
}

export function useCampaign(id: string) {
  const api = useReadiness();
  return useQuery({ queryKey: ['readiness', 'campaign', id], queryFn: ({ signal }) => api.campaign(id, signal) });
}

/** Progress of several campaigns at once (the list shows a bar per campaign). */
export function useCampaignProgress(ids: readonly string[]) {
  const api = useReadiness();
  return useQueries({
    queries: ids.map((id) => ({ queryKey: ['readiness', 'campaign', id], queryFn: ({ signal }: { signal: AbortSignal }) => api.campaign(id, signal) })),
  });
}

export function useHistory(filters: HistoryFilters) {
  const api = useReadiness();
  return useQuery({ queryKey: ['readiness', 'history', filters], queryFn: ({ signal }) => api.history(filters, signal) });
}
