/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen in time, typed Kysely<any> */
import type { Kysely } from 'kysely';

/**
 * Indexes for sorted lists (`?sort=tier`, `lifecycle`, `createdAt`, `updatedAt`): the sort
 * column then the name tiebreaker, within a kind. Owner and container sorts use the
 * indexes of 0002.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('catalog_entities_tier').on('catalog_entities').columns(['kind', 'tier', 'name']).execute();
  await db.schema.createIndex('catalog_entities_lifecycle').on('catalog_entities').columns(['kind', 'lifecycle', 'name']).execute();
  await db.schema.createIndex('catalog_entities_created').on('catalog_entities').columns(['kind', 'created_at', 'name']).execute();
  await db.schema.createIndex('catalog_entities_updated').on('catalog_entities').columns(['kind', 'updated_at', 'name']).execute();
}
