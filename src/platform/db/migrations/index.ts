/**
 * Every migration, in order. Names sort in the order they must run (Kysely checks it).
 * Modules keep their migration files in their own folder and add one line here.
 */
import type { Kysely } from 'kysely';
import { up as platform } from './0001_platform.js';
import { up as catalog } from '../../../modules/catalog/migrations/0002_catalog_entities.js';
import { up as architecture } from '../../../modules/architecture/migrations/0003_architecture.js';
import { up as readiness } from '../../../modules/readiness/migrations/0004_readiness.js';
import { up as apis } from '../../../modules/apis/migrations/0005_apis.js';
import { up as catalogSortIndexes } from '../../../modules/catalog/migrations/0007_catalog_sort_indexes.js';

export interface ListedMigration {
  readonly name: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen in time, typed Kysely<any> by design
  readonly up: (db: Kysely<any>) => Promise<void>;
}

export const migrations: readonly ListedMigration[] = [
  { name: '0001_platform', up: platform },
  { name: '0002_catalog_entities', up: catalog },
  { name: '0003_architecture', up: architecture },
  { name: '0004_readiness', up: readiness },
  { name: '0005_apis', up: apis },
  { name: '0007_catalog_sort_indexes', up: catalogSortIndexes },
];
