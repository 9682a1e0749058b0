/**
 * The architecture module's tables: principles, ADRs (with forward relations and status
 * history), design review templates, reviews, their reviewers and comments. Lists and
 * objects the module never filters on in SQL are JSON text (portable across dialects).
 */
import type { Insertable, Selectable, Updateable } from 'kysely';

export interface ArchPrincipleTable {
  /** A slug, e.g. `simplicity-over-cleverness`. */
  id: string;
  position: number;
  name: string;
  statement: string;
  rationale: string;
  /** JSON array of strings. */
  examples: string;
  created_at: string;
  updated_at: string;
}

export interface ArchAdrTable {
  id: string;
  /** Numbers are unique within a collection: a repository name, or `scope:name` for records written in Groundwork. */
  collection: string;
  number: number;
  /** service, system or organization */
  scope: string;
  /** The service or system name; empty for organization-wide records. */
  scope_name: string;
  /** The repository the record was pushed from, or null. */
  repository: string | null;
  /** The record's file name in its repository, or null. */
  file: string | null;
  title: string;
  status: string;
  /** The decision date (YYYY-MM-DD). */
  decided_on: string | null;
  /** JSON array of names. */
  deciders: string;
  body: string;
  /** JSON array of principle ids. */
  principles: string;
  review_id: string | null;
  /** Hash of what a push sends, so an unchanged record is not rewritten. */
  content_hash: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface ArchAdrRelationTable {
  /** The record that states the relation (supersedes, amends, relates-to); the inverse is derived. */
  adr_id: string;
  kind: string;
  target_id: string;
  created_at: string;
}

export interface ArchAdrStatusTable {
  id: string;
  adr_id: string;
  status: string;
  at: string;
  actor: string;
  note: string | null;
}

export interface ArchReviewTemplateTable {
  id: string;
  name: string;
  /** JSON array of { key, title, prompt }. */
  sections: string;
  created_at: string;
}

export interface ArchReviewTable {
  id: string;
  title: string;
  template_id: string;
  state: string;
  author_id: string;
  author_name: string;
  service: string | null;
  required_approvals: number;
  /** JSON array of { key, title, prompt, content }. */
  sections: string;
  /** JSON array of principle ids. */
  principles: string;
  adr_id: string | null;
  /** When the review last entered "in review": reviewers are waiting from then. */
  submitted_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface ArchReviewerTable {
  review_id: string;
  /** The reviewer's name (the name of the token or session they act with). */
  reviewer: string;
  /** pending, approved or changes-requested */
  decision: string;
  decided_at: string | null;
}

export interface ArchReviewCommentTable {
  id: string;
  review_id: string;
  section: string | null;
  parent_id: string | null;
  author: string;
  body: string;
  created_at: string;
}

export type ArchAdrRow = Selectable<ArchAdrTable>;
export type NewArchAdrRow = Insertable<ArchAdrTable>;
export type ArchAdrUpdate = Updateable<ArchAdrTable>;
export type ArchPrincipleRow = Selectable<ArchPrincipleTable>;
export type ArchReviewRow = Selectable<ArchReviewTable>;
export type ArchReviewerRow = Selectable<ArchReviewerTable>;
export type ArchReviewCommentRow = Selectable<ArchReviewCommentTable>;
export type ArchReviewTemplateRow = Selectable<ArchReviewTemplateTable>;

export interface ArchitectureTables {
  arch_principles: ArchPrincipleTable;
  arch_adrs: ArchAdrTable;
  arch_adr_relations: ArchAdrRelationTable;
  arch_adr_status_history: ArchAdrStatusTable;
  arch_review_templates: ArchReviewTemplateTable;
  arch_reviews: ArchReviewTable;
  arch_reviewers: ArchReviewerTable;
  arch_review_comments: ArchReviewCommentTable;
}
