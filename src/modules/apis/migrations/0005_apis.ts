/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen in time, typed Kysely<any> */
import type { Kysely } from 'kysely';

/**
 * The API registry: versions of each catalog API (document text, lint results and the
 * changes against the previous version, stored so reads never re-lint or re-diff) and a
 * release policy per API.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('api_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('api', 'text', (c) => c.notNull())
    .addColumn('version', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('git_ref', 'text')
    .addColumn('openapi_version', 'text', (c) => c.notNull())
    .addColumn('document', 'text', (c) => c.notNull())
    .addColumn('document_syntax', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('previous_version', 'text')
    .addColumn('ruleset', 'text', (c) => c.notNull())
    .addColumn('lint_error', 'integer', (c) => c.notNull())
    .addColumn('lint_warn', 'integer', (c) => c.notNull())
    .addColumn('lint_info', 'integer', (c) => c.notNull())
    .addColumn('lint_hint', 'integer', (c) => c.notNull())
    .addColumn('lint_findings', 'text', (c) => c.notNull())
    .addColumn('breaking', 'integer', (c) => c.notNull())
    .addColumn('warning', 'integer', (c) => c.notNull())
    .addColumn('info', 'integer', (c) => c.notNull())
    .addColumn('changes', 'text', (c) => c.notNull())
    .addColumn('forced', 'integer', (c) => c.notNull())
    .addColumn('force_reason', 'text')
    .addColumn('operation_count', 'integer', (c) => c.notNull())
    .addColumn('deprecated_count', 'integer', (c) => c.notNull())
    .addColumn('operations', 'text', (c) => c.notNull())
    .addUniqueConstraint('api_versions_api_version', ['api', 'version'])
    .addUniqueConstraint('api_versions_api_seq', ['api', 'seq'])
    .execute();

  await db.schema
    .createTable('api_release_policies')
    .addColumn('api', 'text', (c) => c.primaryKey())
    .addColumn('require_major_bump', 'integer', (c) => c.notNull())
    .addColumn('deprecation_days', 'integer', (c) => c.notNull())
    .addColumn('ruleset', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}
