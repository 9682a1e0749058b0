/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen in time, typed Kysely<any> */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('catalog_entities')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('title', 'text')
    .addColumn('owner', 'text')
    .addColumn('container', 'text')
    .addColumn('tier', 'integer')
    .addColumn('lifecycle', 'text')
    .addColumn('tags', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('catalog_entities_pk', ['kind', 'name'])
    .execute();
  await db.schema.createIndex('catalog_entities_owner').on('catalog_entities').columns(['kind', 'owner', 'name']).execute();
  await db.schema.createIndex('catalog_entities_container').on('catalog_entities').columns(['kind', 'container', 'name']).execute();
  await db.schema
    .createTable('catalog_dependencies')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('target_kind', 'text', (c) => c.notNull())
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('catalog_dependencies_pk', ['source', 'target_kind', 'target'])
    .execute();
  await db.schema.createIndex('catalog_dependencies_target').on('catalog_dependencies').columns(['target_kind', 'target', 'source']).execute();
}
