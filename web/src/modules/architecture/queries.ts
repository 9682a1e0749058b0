import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../app/api-context.js';
import { architectureApi, type AdrFilters, type ReviewAction } from './architecture-api.js';

// Read and write hooks of the architecture pages.

function useArchitecture() {
  return architectureApi(useApi().http);
}

export function useAdrs(filters: AdrFilters) {
  const api = useArchitecture();
  return useQuery({ queryKey: ['architecture', 'adrs', filters], queryFn: ({ signal }) => api.adrs(filters, signal) });
}

export function useAdr(id: string) {
  const api = useArchitecture();
  return useQuery({ queryKey: ['architecture', 'adr', id], queryFn: ({ signal }) => api.adr(id, signal) });
}

/** All ADRs with their relations, in one request. */
export function useAdrGraph() {
  const api = useArchitecture();
  return useQuery({ queryKey: ['architecture', 'adrs', 'graph'], queryFn: ({ signal }) => api.adrGraph(signal) });
}

export function useReviews(filters: { state?: string; overdue?: boolean }) {
  const api = useArchitecture();
  return useQuery({ queryKey: ['architecture', 'reviews', filters], queryFn: ({ signal }) => api.reviews(filters, signal) });
}

export function useReview(id: string) {
  const api = useArchitecture();
  return useQuery({ queryKey: ['architecture', 'review', id], queryFn: ({ signal }) => api.review(id, signal) });
}

export function useReviewTemplates() {
  const api = useArchitecture();
  return useQuery({ queryKey: ['architecture', 'review-templates'], queryFn: ({ signal }) => api.templates(signal) });
}

export function usePrinciples() {
  const api = useArchitecture();
  return useQuery({ queryKey: ['architecture', 'principles'], queryFn: ({ signal }) => api.principles(signal) });
}

export function usePrinciple(id: string) {
  const api = useArchitecture();
  return useQuery({ queryKey: ['architecture', 'principle', id], queryFn: ({ signal }) => api.principle(id, signal) });
}

/** Review actions and comments; the answer is the updated review, put straight in the cache. */
export function useReviewMutations(id: string) {
  const api = useArchitecture();
  const client = useQueryClient();
  const onSuccess = (review: Awaited<ReturnType<typeof api.review>>) => {
    client.setQueryData(['architecture', 'review', id], review);
    void client.invalidateQueries({ queryKey: ['architecture', 'reviews'] });
    void client.invalidateQueries({ queryKey: ['architecture', 'adrs'] });
  };
  return {
    act: useMutation({ mutationFn: (action: ReviewAction) => api.act(id, action), onSuccess }),
    comment: useMutation({ mutationFn: (body: { body: string; section?: string; parentId?: string }) => api.comment(id, body), onSuccess }),
  };
}
