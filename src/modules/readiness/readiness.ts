/**
 * Readiness domain types: checks, scorecards, attestations, campaigns and the results of
 * evaluating them. Pure data, no I/O.
 */
import type { FactValue } from './facts.js';

export const DEFAULT_LEVELS: string[] = ['Bronze', 'Silver', 'Gold'];

/** An automatic check (a CEL condition over facts) or a person's attestation. */
export type CheckRule =
  | { readonly kind: 'expression'; readonly expression: string }
  | { readonly kind: 'attestation'; readonly validForDays: number };

export interface CheckDefinition {
  /** Slug, unique within its scorecard. */
  readonly name: string;
  readonly title: string;
  /** Why it matters: shown beside a failure. */
  readonly description: string;
  /** One of the scorecard's levels. */
  readonly level: string;
  /** A heading that groups checks (the checklist's sections). */
  readonly group: string | null;
  readonly rule: CheckRule;
}

export interface ScorecardDefinition {
  /** Slug. */
  readonly name: string;
  readonly title: string;
  readonly description: string;
  /** Ordered, lowest first. */
  readonly levels: string[];
  /** A CEL condition selecting the services the scorecard applies to; null = all. */
  readonly filter: string | null;
  readonly checks: CheckDefinition[];
  /** Built-in scorecards ship with Groundwork and are read-only. */
  readonly builtin: boolean;
}

export interface Attestation {
  readonly id: string;
  readonly scorecard: string;
  readonly check: string;
  readonly service: string;
  readonly evidenceUrl: string | null;
  readonly note: string | null;
  readonly attestedBy: string;
  /** ISO-8601 UTC. */
  readonly attestedAt: string;
  readonly expiresAt: string;
}

export interface Campaign {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly scorecard: string;
  readonly targetLevel: string;
  /** A CEL condition selecting the services in the campaign; null = every service the scorecard applies to. */
  readonly filter: string | null;
  /** ISO-8601 date (YYYY-MM-DD). */
  readonly deadline: string;
  readonly createdAt: string;
}

export interface FactUsed {
  readonly fact: string;
  readonly value: Exclude<FactValue, undefined>;
  readonly missing: boolean;
}

export interface Fix {
  readonly hint: string;
  /** Where to fix it: an API path or a URL. */
  readonly link: string;
}

export interface CheckResult {
  readonly check: string;
  readonly title: string;
  readonly level: string;
  readonly group: string | null;
  readonly kind: CheckRule['kind'];
  readonly passed: boolean;
  /** Why it failed (null when it passed). */
  readonly reason: string | null;
  readonly facts: FactUsed[];
  readonly attestation: Attestation | null;
  readonly fix: Fix | null;
}

export interface ScorecardResult {
  readonly scorecard: string;
  readonly service: string;
  readonly team: string | null;
  /** The highest level whose checks and those of every level below pass; null = none. */
  readonly level: string | null;
  /** The level the service would reach next, null when at the top. */
  readonly nextLevel: string | null;
  /** Share of passing checks, 0..1. */
  readonly score: number;
  readonly passed: number;
  readonly total: number;
  readonly checks: CheckResult[];
}
