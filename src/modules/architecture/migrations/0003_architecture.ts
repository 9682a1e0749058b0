/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen in time, typed Kysely<any> */
import type { Kysely } from 'kysely';

/** Architecture governance: principles (with the four built-in ones), ADRs, design reviews. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('arch_principles')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('statement', 'text', (c) => c.notNull())
    .addColumn('rationale', 'text', (c) => c.notNull())
    .addColumn('examples', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('arch_adrs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('collection', 'text', (c) => c.notNull())
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('scope_name', 'text', (c) => c.notNull())
    .addColumn('repository', 'text')
    .addColumn('file', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('decided_on', 'text')
    .addColumn('deciders', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('principles', 'text', (c) => c.notNull())
    .addColumn('review_id', 'text')
    .addColumn('content_hash', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('arch_adrs_collection_number', ['collection', 'number'])
    .execute();
  await db.schema.createIndex('arch_adrs_scope').on('arch_adrs').columns(['scope', 'scope_name']).execute();
  await db.schema.createIndex('arch_adrs_status').on('arch_adrs').columns(['status', 'id']).execute();

  await db.schema
    .createTable('arch_adr_relations')
    .addColumn('adr_id', 'text', (c) => c.notNull().references('arch_adrs.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text', (c) => c.notNull().references('arch_adrs.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('arch_adr_relations_pk', ['adr_id', 'kind', 'target_id'])
    .execute();
  await db.schema.createIndex('arch_adr_relations_target').on('arch_adr_relations').columns(['target_id']).execute();

  await db.schema
    .createTable('arch_adr_status_history')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('adr_id', 'text', (c) => c.notNull().references('arch_adrs.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .execute();
  await db.schema.createIndex('arch_adr_status_history_adr').on('arch_adr_status_history').columns(['adr_id', 'id']).execute();

  await db.schema
    .createTable('arch_review_templates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('sections', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('arch_reviews')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('template_id', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.notNull())
    .addColumn('author_name', 'text', (c) => c.notNull())
    .addColumn('service', 'text')
    .addColumn('required_approvals', 'integer', (c) => c.notNull())
    .addColumn('sections', 'text', (c) => c.notNull())
    .addColumn('principles', 'text', (c) => c.notNull())
    .addColumn('adr_id', 'text')
    .addColumn('submitted_at', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('arch_reviews_state').on('arch_reviews').columns(['state', 'id']).execute();

  await db.schema
    .createTable('arch_reviewers')
    .addColumn('review_id', 'text', (c) => c.notNull().references('arch_reviews.id').onDelete('cascade'))
    .addColumn('reviewer', 'text', (c) => c.notNull())
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text')
    .addPrimaryKeyConstraint('arch_reviewers_pk', ['review_id', 'reviewer'])
    .execute();

  await db.schema
    .createTable('arch_review_comments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('review_id', 'text', (c) => c.notNull().references('arch_reviews.id').onDelete('cascade'))
    .addColumn('section', 'text')
    .addColumn('parent_id', 'text')
    .addColumn('author', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('arch_review_comments_review').on('arch_review_comments').columns(['review_id', 'id']).execute();

  // The four principles this team starts from, as they were on the day this shipped.
  const at = '2026-11-28T00:00:00.000Z';
  const principles = [
    {
      id: 'simplicity-over-cleverness',
      name: 'Simplicity over cleverness',
      statement: 'Choose the simplest design that meets the need; make complexity earn its place.',
      rationale: 'Simple systems are easier to understand, change, operate and debug at 3 a.m. Cleverness is paid for by everyone who reads the code later.',
      examples: ['A modular monolith before microservices', 'A SQL query before a cache', 'A boring library before a home-grown framework'],
    },
    {
      id: 'design-for-failure',
      name: 'Design for failure',
      statement: 'Assume every dependency will be slow or down; decide what happens then.',
      rationale: 'Networks, disks and services fail. Systems that plan for it degrade gracefully instead of cascading.',
      examples: ['Timeouts on every remote call', 'Retries with backoff and jitter', 'Circuit breakers and fallbacks', 'Idempotent writes'],
    },
    {
      id: 'well-understood-technology-for-critical-systems',
      name: 'Well-understood technology for critical systems',
      statement: 'Critical systems run on technology the team knows how to operate and debug.',
      rationale: 'Novel technology carries unknown failure modes; spend innovation where it differentiates, not where an outage hurts most.',
      examples: ['PostgreSQL for the system of record', 'A new datastore first on a non-critical path'],
    },
    {
      id: 'observability-from-the-start',
      name: 'Observability from the start',
      statement: 'A service ships with logs, metrics, traces, alerts and a dashboard, not after its first incident.',
      rationale: 'You cannot operate what you cannot see; adding observability after an incident is too late for that incident.',
      examples: ['Structured logs with request ids', 'RED metrics per endpoint', 'Traces across service calls', 'An alert per SLO'],
    },
  ];
  await db
    .insertInto('arch_principles')
    .values(
      principles.map((p, i) => ({
        id: p.id,
        position: i + 1,
        name: p.name,
        statement: p.statement,
        rationale: p.rationale,
        examples: JSON.stringify(p.examples),
        created_at: at,
        updated_at: at,
      })),
    )
    .execute();
}
