/**
 * The Database interface of all tables: each module declares its own tables in
 * `<module>.table.ts` and adds them here, so one `Kysely<Database>` serves every store.
 */
import type { PlatformTables } from './platform.table.js';
import type { CatalogTables } from '../../modules/catalog/catalog.table.js';
import type { ArchitectureTables } from '../../modules/architecture/architecture.table.js';
import type { ReadinessTables } from '../../modules/readiness/readiness.table.js';
import type { ApisTables } from '../../modules/apis/apis.table.js';

export interface Database extends PlatformTables, CatalogTables, ArchitectureTables, ReadinessTables, ApisTables {}
