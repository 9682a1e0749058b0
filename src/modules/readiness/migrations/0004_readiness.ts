/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen in time, typed Kysely<any> */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('readiness_scorecards')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('levels', 'text', (c) => c.notNull())
    .addColumn('filter', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('readiness_checks')
    .addColumn('scorecard', 'text', (c) => c.notNull().references('readiness_scorecards.name').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('check_group', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('expression', 'text')
    .addColumn('valid_for_days', 'integer')
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('readiness_checks_pk', ['scorecard', 'name'])
    .execute();
  await db.schema
    .createTable('readiness_attestations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('scorecard', 'text', (c) => c.notNull())
    .addColumn('check_name', 'text', (c) => c.notNull())
    .addColumn('service', 'text', (c) => c.notNull())
    .addColumn('evidence_url', 'text')
    .addColumn('note', 'text')
    .addColumn('attested_by', 'text', (c) => c.notNull())
    .addColumn('attested_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('readiness_attestations_service').on('readiness_attestations').columns(['service', 'scorecard', 'check_name', 'attested_at']).execute();
  await db.schema
    .createTable('readiness_campaigns')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('scorecard', 'text', (c) => c.notNull())
    .addColumn('target_level', 'text', (c) => c.notNull())
    .addColumn('filter', 'text')
    .addColumn('deadline', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('readiness_evaluations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('service', 'text', (c) => c.notNull())
    .addColumn('team', 'text')
    .addColumn('scorecard', 'text', (c) => c.notNull())
    .addColumn('level', 'text')
    .addColumn('score', 'double precision', (c) => c.notNull())
    .addColumn('passed', 'integer', (c) => c.notNull())
    .addColumn('total', 'integer', (c) => c.notNull())
    .addColumn('failing', 'text', (c) => c.notNull())
    .addColumn('digest', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('evaluated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('readiness_evaluations_service').on('readiness_evaluations').columns(['service', 'evaluated_at']).execute();
  await db.schema.createIndex('readiness_evaluations_scorecard').on('readiness_evaluations').columns(['scorecard', 'evaluated_at']).execute();
}
