import type { Static } from 'typebox';
import type { HttpClient } from '../../api/http-client.js';
import type {
  AttestationCreateSchema,
  AttestationSchema,
  CampaignCreateSchema,
  CampaignListSchema,
  CampaignProgressSchema,
  HistorySchema,
  ReportSchema,
  ScorecardListSchema,
  ServiceReadinessSchema,
} from '../../../../src/modules/readiness/readiness.schema.js';

// The readiness API as the pages use it, on the app's one HttpClient. Shapes are the
// server's own TypeBox schemas (type-only imports: nothing from the server is bundled).

export type Report = Static<typeof ReportSchema>;
export type ServiceReadiness = Static<typeof ServiceReadinessSchema>;
export type ScorecardResult = ServiceReadiness['scorecards'][number];
export type Scorecard = Static<typeof ScorecardListSchema>['items'][number];
export type Campaign = Static<typeof CampaignListSchema>['items'][number];
export type CampaignProgress = Static<typeof CampaignProgressSchema>;
export type History = Static<typeof HistorySchema>;
export type CheckResult = ScorecardResult['checks'][number];
export type AttestationInput = Static<typeof AttestationCreateSchema>;
export type Attestation = Static<typeof AttestationSchema>;
export type CampaignInput = Static<typeof CampaignCreateSchema>;

export interface ReportFilters {
  scorecard?: string;
  team?: string;
}

export interface HistoryFilters {
  scorecard?: string;
  service?: string;
  team?: string;
  days?: number;
}

const enc = encodeURIComponent;

export function readinessApi(http: HttpClient) {
  return {
    scorecards: async (signal?: AbortSignal) => (await http.request<{ items: Scorecard[] }>('/api/v1/readiness/scorecards', { signal })).data.items,
    report: async (filters: ReportFilters, signal?: AbortSignal) => (await http.request<Report>('/api/v1/readiness/report', { query: { ...filters }, signal })).data,
    service: async (name: string, signal?: AbortSignal) => (await http.request<ServiceReadiness>(`/api/v1/services/${enc(name)}/readiness`, { signal })).data,
    campaigns: async (signal?: AbortSignal) => (await http.request<{ items: Campaign[] }>('/api/v1/readiness/campaigns', { signal })).data.items,
    campaign: async (id: string, signal?: AbortSignal) => (await http.request<CampaignProgress>(`/api/v1/readiness/campaigns/${enc(id)}`, { signal })).data,
    attest: async (service: string, body: AttestationInput) =>
      (await http.request<Attestation>(`/api/v1/services/${enc(service)}/attestations`, { method: 'POST', json: body })).data,
    createCampaign: async (body: CampaignInput) => (await http.request<CampaignProgress>('/api/v1/readiness/campaigns', { method: 'POST', json: body })).data,
    history: async (filters: HistoryFilters, signal?: AbortSignal) => (await http.request<History>('/api/v1/readiness/history', { query: { ...filters }, signal })).data,
  };
}
