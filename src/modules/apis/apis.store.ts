/**
 * All SQL of the API registry: plain functions taking `db` or a transaction, portable
 * across SQLite and PostgreSQL. The document text and the findings are read only by the
 * routes that return them; lists select the summary columns.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../platform/db/database.js';
import type { ApiReleasePolicyRow, ApiVersionRow, NewApiVersionRow } from './apis.table.js';

export type Db = Kysely<Database> | Transaction<Database>;

/** The columns every ApiVersion needs (no document, findings or changes). */
const SUMMARY = [
  'id',
  'api',
  'version',
  'seq',
  'git_ref',
  'openapi_version',
  'document_syntax',
  'created_at',
  'created_by',
  'previous_version',
  'ruleset',
  'lint_error',
  'lint_warn',
  'lint_info',
  'lint_hint',
  'breaking',
  'warning',
  'info',
  'forced',
  'force_reason',
  'operation_count',
  'deprecated_count',
] as const;

export type VersionSummaryRow = Pick<ApiVersionRow, (typeof SUMMARY)[number]>;

export async function insertVersion(db: Db, row: NewApiVersionRow): Promise<void> {
  await db.insertInto('api_versions').values(row).execute();
}

/** The newest version of an API with its document and operations (the base of the next diff). */
export async function latestVersion(db: Db, api: string): Promise<ApiVersionRow | undefined> {
  return db.selectFrom('api_versions').selectAll().where('api', '=', api).orderBy('seq', 'desc').limit(1).executeTakeFirst();
}

export async function versionExists(db: Db, api: string, version: string): Promise<boolean> {
  const row = await db.selectFrom('api_versions').select('id').where('api', '=', api).where('version', '=', version).executeTakeFirst();
  return row !== undefined;
}

export async function getVersionSummary(db: Db, api: string, version: string): Promise<VersionSummaryRow | undefined> {
  return db.selectFrom('api_versions').select(SUMMARY).where('api', '=', api).where('version', '=', version).executeTakeFirst();
}

export async function getVersionColumn<C extends 'document' | 'lint_findings' | 'changes' | 'operations'>(
  db: Db,
  api: string,
  version: string,
  column: C,
): Promise<(VersionSummaryRow & Pick<ApiVersionRow, C>) | undefined> {
  return db
    .selectFrom('api_versions')
    .select([...SUMMARY, column])
    .where('api', '=', api)
    .where('version', '=', version)
    .executeTakeFirst() as Promise<(VersionSummaryRow & Pick<ApiVersionRow, C>) | undefined>;
}

/** What re-analysing a version needs, oldest first; documents are read one at a time. */
export async function versionsToAnalyse(db: Db, api: string): Promise<Pick<ApiVersionRow, 'id' | 'version' | 'seq' | 'ruleset' | 'created_at' | 'lint_error' | 'lint_warn' | 'breaking' | 'warning' | 'info'>[]> {
  return db
    .selectFrom('api_versions')
    .select(['id', 'version', 'seq', 'ruleset', 'created_at', 'lint_error', 'lint_warn', 'breaking', 'warning', 'info'])
    .where('api', '=', api)
    .orderBy('seq')
    .execute();
}

export async function versionDocument(db: Db, id: string): Promise<string | undefined> {
  return (await db.selectFrom('api_versions').select('document').where('id', '=', id).executeTakeFirst())?.document;
}

export type AnalysisColumns = Pick<ApiVersionRow, 'lint_error' | 'lint_warn' | 'lint_info' | 'lint_hint' | 'lint_findings' | 'breaking' | 'warning' | 'info' | 'changes'>;

export async function updateAnalysis(db: Db, id: string, columns: AnalysisColumns): Promise<void> {
  await db.updateTable('api_versions').set(columns).where('id', '=', id).execute();
}

/** Newest first; `beforeSeq` is the keyset cursor. */
export async function listVersions(db: Db, api: string, beforeSeq: number | undefined, limit: number): Promise<VersionSummaryRow[]> {
  let query = db.selectFrom('api_versions').select(SUMMARY).where('api', '=', api);
  if (beforeSeq !== undefined) query = query.where('seq', '<', beforeSeq);
  return query.orderBy('seq', 'desc').limit(limit).execute();
}

export async function changelogRows(db: Db, api: string, limit: number): Promise<(VersionSummaryRow & { changes: string })[]> {
  return db.selectFrom('api_versions').select([...SUMMARY, 'changes']).where('api', '=', api).orderBy('seq', 'desc').limit(limit).execute();
}

/**
 * The latest version of every API that has one (only the named APIs when `apis` is given),
 * by API name: one query, the newest `seq` per API from the (api, seq) unique index.
 */
export async function latestVersions(db: Db, apis: readonly string[] | undefined): Promise<VersionSummaryRow[]> {
  if (apis?.length === 0) return [];
  return db
    .selectFrom('api_versions as v')
    .innerJoin(
      (eb) => {
        let newest = eb.selectFrom('api_versions').select(['api', (w) => w.fn.max<number>('seq').as('seq')]);
        if (apis !== undefined) newest = newest.where('api', 'in', [...apis]);
        return newest.groupBy('api').as('n');
      },
      (join) => join.onRef('n.api', '=', 'v.api').onRef('n.seq', '=', 'v.seq'),
    )
    .select(SUMMARY.map((column) => `v.${column}` as const))
    .orderBy('v.api')
    .execute();
}

export interface LatestOperationsRow {
  api: string;
  version: string;
  created_at: string;
  lint_error: number;
  lint_warn: number;
  breaking: number;
  operations: string;
}

/** The latest version of each API (all APIs when `apis` is undefined). */
export async function latestOperations(db: Db, apis: readonly string[] | undefined): Promise<LatestOperationsRow[]> {
  if (apis?.length === 0) return [];
  let query = db
    .selectFrom('api_versions as v')
    .select(['v.api', 'v.version', 'v.created_at', 'v.lint_error', 'v.lint_warn', 'v.breaking', 'v.operations'])
    .where('v.seq', '=', (eb) => eb.selectFrom('api_versions as w').select((w) => w.fn.max<number>('w.seq').as('m')).whereRef('w.api', '=', 'v.api'));
  if (apis !== undefined) query = query.where('v.api', 'in', [...apis]);
  return query.orderBy('v.api').execute();
}

export async function getPolicy(db: Db, api: string): Promise<ApiReleasePolicyRow | undefined> {
  return db.selectFrom('api_release_policies').selectAll().where('api', '=', api).executeTakeFirst();
}

export async function upsertPolicy(db: Db, row: ApiReleasePolicyRow): Promise<void> {
  const updated = await db
    .updateTable('api_release_policies')
    .set({ require_major_bump: row.require_major_bump, deprecation_days: row.deprecation_days, ruleset: row.ruleset, updated_at: row.updated_at })
    .where('api', '=', row.api)
    .executeTakeFirst();
  if (updated.numUpdatedRows === 0n) await db.insertInto('api_release_policies').values(row).execute();
}
