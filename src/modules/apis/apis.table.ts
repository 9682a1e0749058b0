/**
 * The API registry's tables. Everything a read needs is computed once at upload and
 * stored: lint findings, the changes against the previous version, the operations with
 * their deprecation state. Lists are JSON text (portable across dialects); flags are
 * integers 0/1 (SQLite has no boolean).
 */
import type { Insertable, Selectable } from 'kysely';

export interface ApiVersionTable {
  /** ULID: sortable by upload time. */
  id: string;
  /** The catalog API's name. */
  api: string;
  /** The version label, e.g. `2.1.0`. */
  version: string;
  /** 1, 2, 3... per API, in upload order (newest = highest). */
  seq: number;
  git_ref: string | null;
  /** `openapi` or `swagger` field of the document, e.g. `3.0.3`. */
  openapi_version: string;
  /** The document text exactly as uploaded. */
  document: string;
  /** `json` or `yaml`. */
  document_syntax: string;
  created_at: string;
  created_by: string;
  previous_version: string | null;
  /** The ruleset the version was linted with. */
  ruleset: string;
  lint_error: number;
  lint_warn: number;
  lint_info: number;
  lint_hint: number;
  /** JSON array of lint findings (Spectral's shape). */
  lint_findings: string;
  breaking: number;
  warning: number;
  info: number;
  /** JSON: the diff engine's changes against the previous version (empty array for the first). */
  changes: string;
  forced: number;
  force_reason: string | null;
  operation_count: number;
  deprecated_count: number;
  /** JSON array of StoredOperation (method, path, operationId, deprecated, sunset, deprecatedSince). */
  operations: string;
}

export interface ApiReleasePolicyTable {
  api: string;
  require_major_bump: number;
  deprecation_days: number;
  ruleset: string;
  updated_at: string;
}

export type ApiVersionRow = Selectable<ApiVersionTable>;
export type NewApiVersionRow = Insertable<ApiVersionTable>;
export type ApiReleasePolicyRow = Selectable<ApiReleasePolicyTable>;

export interface ApisTables {
  api_versions: ApiVersionTable;
  api_release_policies: ApiReleasePolicyTable;
}
