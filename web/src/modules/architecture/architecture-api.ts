import type { HttpClient } from '../../api/http-client.js';
import type { Page } from '../../api/types.js';
import type { Adr, AdrGraph, AdrSummary, PrincipleDetail, Principle, Review, ReviewCreate, ReviewTemplateResponse } from '../../../../src/modules/architecture/architecture.schema.js';
import type { ReviewAction } from '../../../../src/modules/architecture/architecture.js';

export type { Adr, AdrGraph, AdrSummary, PrincipleDetail, Principle, Review, ReviewAction, ReviewCreate, ReviewTemplateResponse };

// The architecture API as the pages use it, on the app's one HttpClient (session cookie
// and CSRF token included). Shapes come from the server's own schemas.

export interface AdrFilters {
  status?: string;
  q?: string;
  service?: string;
}

export function architectureApi(http: HttpClient) {
  return {
    adrs: async (filters: AdrFilters, signal?: AbortSignal) =>
      (await http.request<Page<AdrSummary>>('/api/v1/adrs', { query: { ...filters, limit: 500 }, signal })).data,
    adrGraph: async (signal?: AbortSignal) => (await http.request<AdrGraph>('/api/v1/adrs/graph', { signal })).data,
    adr: async (id: string, signal?: AbortSignal) => (await http.request<Adr>(`/api/v1/adrs/${encodeURIComponent(id)}`, { signal })).data,
    reviews: async (filters: { state?: string; overdue?: boolean }, signal?: AbortSignal) =>
      (await http.request<Page<Review>>('/api/v1/reviews', { query: { ...filters, limit: 500 }, signal })).data,
    review: async (id: string, signal?: AbortSignal) => (await http.request<Review>(`/api/v1/reviews/${encodeURIComponent(id)}`, { signal })).data,
    templates: async (signal?: AbortSignal) =>
      (await http.request<{ items: ReviewTemplateResponse[] }>('/api/v1/review-templates', { signal })).data.items,
    createReview: async (body: ReviewCreate) => (await http.request<Review>('/api/v1/reviews', { method: 'POST', json: body })).data,
    act: async (id: string, action: ReviewAction) =>
      (await http.request<Review>(`/api/v1/reviews/${encodeURIComponent(id)}/${action}`, { method: 'POST', json: {} })).data,
    comment: async (id: string, body: { body: string; section?: string; parentId?: string }) =>
      (await http.request<Review>(`/api/v1/reviews/${encodeURIComponent(id)}/comments`, { method: 'POST', json: body })).data,
    principles: async (signal?: AbortSignal) => (await http.request<{ items: Principle[] }>('/api/v1/principles', { signal })).data.items,
    principle: async (id: string, signal?: AbortSignal) =>
      (await http.request<PrincipleDetail>(`/api/v1/principles/${encodeURIComponent(id)}`, { signal })).data,
  };
}
