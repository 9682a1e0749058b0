/**
 * The readiness module's tables. Built-in scorecards live in code (they follow the fact
 * providers present); only custom scorecards, their checks, attestations, campaigns and
 * the evaluation history are stored.
 */
import type { Insertable, Selectable } from 'kysely';

export interface ReadinessScorecardTable {
  name: string;
  title: string;
  description: string;
  /** JSON array of level names, lowest first. */
  levels: string;
  filter: string | null;
  /** Incremented on every change to the scorecard or its checks (ETag, compiled cache key). */
  version: number;
  created_at: string;
  updated_at: string;
}

export interface ReadinessCheckTable {
  scorecard: string;
  name: string;
  title: string;
  description: string;
  level: string;
  check_group: string | null;
  /** expression or attestation */
  kind: string;
  expression: string | null;
  valid_for_days: number | null;
  /** Order within the scorecard. */
  position: number;
  created_at: string;
  updated_at: string;
}

export interface ReadinessAttestationTable {
  id: string;
  scorecard: string;
  check_name: string;
  service: string;
  evidence_url: string | null;
  note: string | null;
  attested_by: string;
  attested_at: string;
  expires_at: string;
}

export interface ReadinessCampaignTable {
  id: string;
  title: string;
  description: string;
  scorecard: string;
  target_level: string;
  filter: string | null;
  deadline: string;
  created_by: string;
  created_at: string;
}

export interface ReadinessEvaluationTable {
  id: string;
  service: string;
  team: string | null;
  scorecard: string;
  level: string | null;
  score: number;
  passed: number;
  total: number;
  /** JSON array of failing check names. */
  failing: string;
  /** Level plus failing checks: equal digests mean an unchanged result. */
  digest: string;
  /** change or daily */
  reason: string;
  evaluated_at: string;
}

export interface ReadinessTables {
  readiness_scorecards: ReadinessScorecardTable;
  readiness_checks: ReadinessCheckTable;
  readiness_attestations: ReadinessAttestationTable;
  readiness_campaigns: ReadinessCampaignTable;
  readiness_evaluations: ReadinessEvaluationTable;
}

export type ScorecardRow = Selectable<ReadinessScorecardTable>;
export type CheckRow = Selectable<ReadinessCheckTable>;
export type NewCheckRow = Insertable<ReadinessCheckTable>;
export type AttestationRow = Selectable<ReadinessAttestationTable>;
export type CampaignRow = Selectable<ReadinessCampaignTable>;
export type EvaluationRow = Selectable<ReadinessEvaluationTable>;
export type NewEvaluationRow = Insertable<ReadinessEvaluationTable>;
