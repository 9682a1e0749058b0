/**
 * The catalog's tables. Every entity kind shares one table: the columns we filter, sort
 * and join on are real columns, the full entity is kept as JSON in `data` (one row read
 * answers a GET, no N+1 for tags, links or dashboards). Dependency edges have their own
 * table because the graph is queried from both ends.
 */
import type { Insertable, Selectable, Updateable } from 'kysely';

export interface CatalogEntityTable {
  /** team, person, system, domain, service, api, resource, other */
  kind: string;
  name: string;
  title: string | null;
  owner: string | null;
  /** What the entity belongs to: a service's, API's or resource's system, a system's domain, a domain's parent domain, a team's parent team. */
  container: string | null;
  tier: number | null;
  lifecycle: string | null;
  /** JSON array of lower-case tags, for `?tag=` (matched as `"tag"` inside the text). */
  tags: string;
  /** The whole domain entity as JSON. */
  data: string;
  /** Incremented on every write; the ETag is derived from it. */
  version: number;
  created_at: string;
  updated_at: string;
}

export interface CatalogDependencyTable {
  source: string;
  /** service, api or resource */
  target_kind: string;
  target: string;
  /** sync, async or data */
  kind: string;
  created_at: string;
}

export type CatalogEntityRow = Selectable<CatalogEntityTable>;
export type NewCatalogEntityRow = Insertable<CatalogEntityTable>;
export type CatalogEntityUpdate = Updateable<CatalogEntityTable>;
export type CatalogDependencyRow = Selectable<CatalogDependencyTable>;

export interface CatalogTables {
  catalog_entities: CatalogEntityTable;
  catalog_dependencies: CatalogDependencyTable;
}
