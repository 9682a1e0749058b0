/**
 * The architecture domain without I/O: ADR statuses and relations, the design review
 * state machine, the ADR a decided review becomes, overdue reviews, and how a pushed
 * repository record (adr-tools or MADR) maps onto a Groundwork ADR.
 */
import type { AdrRecord } from './adr/adr-record.js';
import { isMarkedSuperseded, isSupersedesLabel } from './adr/adr-record.js';

export const ADR_STATUSES = ['proposed', 'accepted', 'rejected', 'deprecated', 'superseded'] as const;
export type AdrStatus = (typeof ADR_STATUSES)[number];

export const ADR_SCOPES = ['service', 'system', 'organization'] as const;
export type AdrScope = (typeof ADR_SCOPES)[number];

/** Relations are stored once, on the record that states them; the other end reads the inverse. */
export const RELATION_KINDS = ['supersedes', 'amends', 'relates-to'] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];
export const INVERSE_RELATION: Readonly<Record<RelationKind, string>> = {
  supersedes: 'superseded-by',
  amends: 'amended-by',
  'relates-to': 'related-to',
};

export function isAdrStatus(value: string): value is AdrStatus {
  return (ADR_STATUSES as readonly string[]).includes(value);
}

export function isRelationKind(value: string): value is RelationKind {
  return (RELATION_KINDS as readonly string[]).includes(value);
}

// ---- Design reviews ---------------------------------------------------------------

export const REVIEW_STATES = ['draft', 'in-review', 'approved', 'changes-requested', 'decided', 'withdrawn'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export const REVIEW_ACTIONS = ['submit', 'approve', 'request-changes', 'decide', 'withdraw'] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

export type ReviewerDecision = 'pending' | 'approved' | 'changes-requested';

/** Which state each action may start from. Everything else is an illegal transition (409). */
const ALLOWED_FROM: Readonly<Record<ReviewAction, readonly ReviewState[]>> = {
  submit: ['draft', 'changes-requested'],
  approve: ['in-review'],
  'request-changes': ['in-review', 'approved'],
  decide: ['approved'],
  withdraw: ['draft', 'in-review', 'approved', 'changes-requested'],
};

export function canStart(action: ReviewAction, state: ReviewState): boolean {
  return ALLOWED_FROM[action].includes(state);
}

export function allowedActions(state: ReviewState): ReviewAction[] {
  return REVIEW_ACTIONS.filter((action) => canStart(action, state));
}

/** The state after reviewers' decisions: any request for changes wins, then enough approvals. */
export function stateAfterDecisions(decisions: readonly ReviewerDecision[], requiredApprovals: number): ReviewState {
  if (decisions.includes('changes-requested')) return 'changes-requested';
  const approvals = decisions.filter((d) => d === 'approved').length;
  return approvals >= requiredApprovals ? 'approved' : 'in-review';
}

export interface ReviewSection {
  readonly key: string;
  readonly title: string;
  readonly prompt: string;
  readonly content: string;
}

/** The Markdown body of the ADR a decided review becomes. */
export function adrBodyFromReview(review: {
  id: string;
  title: string;
  sections: readonly ReviewSection[];
  principles: readonly string[];
  approvedBy: readonly string[];
}): string {
  const written = review.sections.filter((s) => s.content.trim() !== '');
  const parts = [
    `Decided in design review "${review.title}" (${review.id}), approved by ${review.approvedBy.join(', ') || 'nobody'}.`,
    ...written.map((s) => `## ${s.title}\n\n${s.content.trim()}`),
  ];
  if (review.principles.length > 0) parts.push(`## Principles\n\n${review.principles.map((p) => `* ${p}`).join('\n')}`);
  return `${parts.join('\n\n')}\n`;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** A review is overdue when reviewers have been waiting on it for more than `days` days. */
export function isOverdue(
  review: { state: ReviewState; submittedAt: string | null },
  decisions: readonly ReviewerDecision[],
  now: Date,
  days: number,
): boolean {
  if (review.state !== 'in-review' || review.submittedAt === null) return false;
  if (!decisions.includes('pending')) return false;
  return now.getTime() - Date.parse(review.submittedAt) > days * DAY_MS;
}

// ---- Records pushed from a repository ----------------------------------------------

/** The Groundwork status of a repository record (adr-tools lines or MADR front matter). */
export function statusOfRecord(record: AdrRecord): AdrStatus {
  if (isMarkedSuperseded(record)) return 'superseded';
  for (const line of record.status) {
    const word = /^[A-Za-z]+/.exec(line.trim())?.[0].toLowerCase();
    if (word !== undefined && isAdrStatus(word)) return word;
  }
  return 'proposed';
}

/** A forward relation label from a record (reverse labels, "… by", are the other end's). */
export function relationOfLabel(label: string): RelationKind | undefined {
  if (/ by$/i.test(label.trim())) return undefined;
  if (isSupersedesLabel(label)) return 'supersedes';
  if (/^amends$/i.test(label.trim())) return 'amends';
  return 'relates-to';
}
