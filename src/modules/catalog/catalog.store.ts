/**
 * All SQL of the catalog: plain functions taking `db` or a transaction. Portable SQL only
 * (SQLite and PostgreSQL run the same statements). Lists use keyset pagination on the
 * unique `name` within a kind, so paging is stable under concurrent writes.
 */
import { sql, type CompiledQuery, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../platform/db/database.js';
import { syncReaderOf } from '../../platform/db/sync-reader.js';
import type { CatalogDependencyRow, CatalogEntityRow, NewCatalogEntityRow } from './catalog.table.js';
import { DEFAULT_SORT, type SortCursor, type SortSpec } from './catalog.sort.js';

export type Db = Kysely<Database> | Transaction<Database>;

/** A row plus whether its owner and container references resolve to existing entities. */
export interface ResolvedRow extends CatalogEntityRow {
  owner_known: number | boolean | null;
  container_known: number | boolean | null;
}

export interface EntityFilters {
  owner?: string | undefined;
  container?: string | undefined;
  tier?: number | undefined;
  lifecycle?: string | undefined;
  tag?: string | undefined;
  q?: string | undefined;
}

/** The kind a `container` reference points at, per entity kind. */
export const CONTAINER_KIND: Readonly<Record<string, string>> = {
  service: 'system',
  api: 'system',
  resource: 'system',
  system: 'domain',
  domain: 'domain',
  team: 'team',
};

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function selectResolved(db: Db, kind: string) {
  const containerKind = CONTAINER_KIND[kind] ?? '';
  return db
    .selectFrom('catalog_entities as e')
    .selectAll('e')
    .select((eb) => [
      eb
        .or([
          eb.exists(
            eb.selectFrom('catalog_entities as t').select(sql.lit(1).as('one')).where('t.kind', '=', 'team').whereRef('t.name', '=', 'e.owner'),
          ),
          eb.exists(
            eb
              .selectFrom('catalog_entities as p')
              .select(sql.lit(1).as('one'))
              .where('p.kind', '=', 'person')
              .where(sql<string>`'user:' || p.name`, '=', eb.ref('e.owner')),
          ),
        ])
        .as('owner_known'),
      eb
        .exists(
          eb.selectFrom('catalog_entities as c').select(sql.lit(1).as('one')).where('c.kind', '=', containerKind).whereRef('c.name', '=', 'e.container'),
        )
        .as('container_known'),
    ])
    .where('e.kind', '=', kind);
}

const NAME_SLOT = '\u0000name\u0000';
/** Compiled single-entity reads per database and kind: the hottest query skips Kysely's builder. */
const compiledGets = new WeakMap<Db, Map<string, CompiledQuery<ResolvedRow>>>();

export async function getEntity(db: Db, kind: string, name: string): Promise<ResolvedRow | undefined> {
  if (db.isTransaction) return selectResolved(db, kind).where('e.name', '=', name).executeTakeFirst();
  let perKind = compiledGets.get(db);
  if (!perKind) {
    perKind = new Map();
    compiledGets.set(db, perKind);
  }
  let compiled = perKind.get(kind);
  if (!compiled) {
    compiled = selectResolved(db, kind).where('e.name', '=', NAME_SLOT).compile();
    perKind.set(kind, compiled);
  }
  const query = { ...compiled, parameters: compiled.parameters.map((p) => (p === NAME_SLOT ? name : p)) };
  const reader = syncReaderOf(db);
  if (reader) return reader.first(query);
  const { rows } = await db.executeQuery<ResolvedRow>(query);
  return rows[0];
}

/** Many entities of a kind by name, in chunks small enough for either engine's parameter limit. */
export async function getEntities(db: Db, kind: string, names: readonly string[]): Promise<ResolvedRow[]> {
  const unique = [...new Set(names)];
  const rows: ResolvedRow[] = [];
  for (let i = 0; i < unique.length; i += NAMES_PER_QUERY) {
    const query = selectResolved(db, kind).where('e.name', 'in', unique.slice(i, i + NAMES_PER_QUERY));
    const reader = syncReaderOf(db);
    rows.push(...(reader ? reader.all(query.compile()) : await query.execute()));
  }
  return rows;
}

const NAMES_PER_QUERY = 500;

export async function getRawEntity(db: Db, kind: string, name: string): Promise<CatalogEntityRow | undefined> {
  return db.selectFrom('catalog_entities').selectAll().where('kind', '=', kind).where('name', '=', name).executeTakeFirst();
}

export async function entityExists(db: Db, kind: string, name: string): Promise<boolean> {
  const row = await db.selectFrom('catalog_entities').select('name').where('kind', '=', kind).where('name', '=', name).executeTakeFirst();
  return row !== undefined;
}

/**
 * One page of a kind, filtered, in `sort` order: the sort column (empty values last in
 * either direction, said explicitly so SQLite and PostgreSQL agree), then the unique name
 * ascending. `after` is the last row of the previous page (keyset: no OFFSET, no gaps or
 * repeats under concurrent writes).
 */
export async function listEntities(
  db: Db,
  kind: string,
  filters: EntityFilters,
  after: SortCursor | undefined,
  limit: number,
  sort: SortSpec = DEFAULT_SORT,
): Promise<ResolvedRow[]> {
  let q = selectResolved(db, kind);
  if (filters.owner !== undefined) q = q.where('e.owner', '=', filters.owner);
  if (filters.container !== undefined) q = q.where('e.container', '=', filters.container);
  if (filters.tier !== undefined) q = q.where('e.tier', '=', filters.tier);
  if (filters.lifecycle !== undefined) q = q.where('e.lifecycle', '=', filters.lifecycle);
  if (filters.tag !== undefined) {
    const pattern = `%${escapeLike(JSON.stringify(filters.tag.toLowerCase()))}%`;
    q = q.where(sql<boolean>`e.tags like ${pattern} escape '\\'`);
  }
  if (filters.q !== undefined && filters.q.trim() !== '') {
    const pattern = `%${escapeLike(filters.q.trim().toLowerCase())}%`;
    q = q.where((eb) =>
      eb.or([
        eb(sql<string>`lower(e.name)`, 'like', sql<string>`${pattern} escape '\\'`),
        eb(sql<string>`lower(coalesce(e.title, ''))`, 'like', sql<string>`${pattern} escape '\\'`),
      ]),
    );
  }
  const column = `e.${sort.column}` as const;
  if (after !== undefined) {
    const { value, name } = after;
    if (sort.column === 'name') {
      q = q.where('e.name', sort.descending ? '<' : '>', name);
    } else if (value === null) {
      // Inside the trailing run of empty values: only the name moves on.
      q = q.where((eb) => eb.and([eb(column, 'is', null), eb('e.name', '>', name)]));
    } else {
      q = q.where((eb) =>
        eb.or([
          eb(column, sort.descending ? '<' : '>', value),
          eb.and([eb(column, '=', value), eb('e.name', '>', name)]),
          ...(sort.nullable ? [eb(column, 'is', null)] : []),
        ]),
      );
    }
  }
  const ordered =
    sort.column === 'name'
      ? q.orderBy('e.name', sort.descending ? 'desc' : 'asc').limit(limit + 1)
      : q
          .orderBy(column, (ob) => (sort.descending ? ob.desc() : ob.asc()).nullsLast())
          .orderBy('e.name')
          .limit(limit + 1);
  const reader = syncReaderOf(db);
  return reader ? reader.all(ordered.compile()) : ordered.execute();
}

/**
 * People whose stored entity mentions `team` as a JSON string: a superset of the team's
 * members (memberOf lives inside `data`), for the caller to filter exactly.
 */
export async function peopleMentioning(db: Db, team: string): Promise<CatalogEntityRow[]> {
  const pattern = `%${escapeLike(JSON.stringify(team))}%`;
  const query = db.selectFrom('catalog_entities').selectAll().where('kind', '=', 'person').where(sql<boolean>`data like ${pattern} escape '\\'`).orderBy('name');
  const reader = syncReaderOf(db);
  return reader ? reader.all(query.compile()) : query.execute();
}

export async function allEntities(db: Db): Promise<CatalogEntityRow[]> {
  return db.selectFrom('catalog_entities').selectAll().orderBy('kind').orderBy('name').execute();
}

export async function insertEntity(db: Db, row: NewCatalogEntityRow): Promise<void> {
  await db.insertInto('catalog_entities').values(row).execute();
}

export async function insertEntities(db: Db, rows: readonly NewCatalogEntityRow[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('catalog_entities').values([...rows]).execute();
}

export async function updateEntity(db: Db, row: NewCatalogEntityRow): Promise<void> {
  const { kind, name, created_at: _created, ...rest } = row;
  await db.updateTable('catalog_entities').set(rest).where('kind', '=', kind).where('name', '=', name).execute();
}

export async function deleteEntity(db: Db, kind: string, name: string): Promise<void> {
  await db.deleteFrom('catalog_entities').where('kind', '=', kind).where('name', '=', name).execute();
}

/** Entities of `kinds` whose owner or container is `name` (what a delete would orphan). */
export async function referencingEntities(db: Db, field: 'owner' | 'container', kinds: readonly string[], value: string): Promise<{ kind: string; name: string }[]> {
  if (kinds.length === 0) return [];
  return db.selectFrom('catalog_entities').select(['kind', 'name']).where('kind', 'in', [...kinds]).where(field, '=', value).orderBy('name').limit(20).execute();
}

export async function searchEntities(db: Db, kinds: readonly string[], q: string, limit: number): Promise<Pick<CatalogEntityRow, 'kind' | 'name' | 'title'>[]> {
  const pattern = `%${escapeLike(q.trim().toLowerCase())}%`;
  return db
    .selectFrom('catalog_entities')
    .select(['kind', 'name', 'title'])
    .where('kind', 'in', [...kinds])
    .where((eb) =>
      eb.or([
        eb(sql<string>`lower(name)`, 'like', sql<string>`${pattern} escape '\\'`),
        eb(sql<string>`lower(coalesce(title, ''))`, 'like', sql<string>`${pattern} escape '\\'`),
      ]),
    )
    .orderBy('name')
    .orderBy('kind')
    .limit(limit)
    .execute();
}

// --- dependencies -------------------------------------------------------------------------

export interface DependencyFilters {
  source?: string | undefined;
  targetKind?: string | undefined;
  target?: string | undefined;
}

/** Keyset on the composite primary key, encoded as `source\u0000target_kind\u0000target`. */
export async function listDependencies(db: Db, filters: DependencyFilters, after: [string, string, string] | undefined, limit: number): Promise<CatalogDependencyRow[]> {
  let q = db.selectFrom('catalog_dependencies').selectAll();
  if (filters.source !== undefined) q = q.where('source', '=', filters.source);
  if (filters.targetKind !== undefined) q = q.where('target_kind', '=', filters.targetKind);
  if (filters.target !== undefined) q = q.where('target', '=', filters.target);
  if (after !== undefined) {
    const [s, k, t] = after;
    q = q.where((eb) =>
      eb.or([
        eb('source', '>', s),
        eb.and([eb('source', '=', s), eb('target_kind', '>', k)]),
        eb.and([eb('source', '=', s), eb('target_kind', '=', k), eb('target', '>', t)]),
      ]),
    );
  }
  return q.orderBy('source').orderBy('target_kind').orderBy('target').limit(limit + 1).execute();
}

export async function getDependency(db: Db, source: string, targetKind: string, target: string): Promise<CatalogDependencyRow | undefined> {
  return db
    .selectFrom('catalog_dependencies')
    .selectAll()
    .where('source', '=', source)
    .where('target_kind', '=', targetKind)
    .where('target', '=', target)
    .executeTakeFirst();
}

export async function dependenciesFrom(db: Db, sources: readonly string[]): Promise<CatalogDependencyRow[]> {
  if (sources.length === 0) return [];
  return db.selectFrom('catalog_dependencies').selectAll().where('source', 'in', [...sources]).orderBy('source').orderBy('target_kind').orderBy('target').execute();
}

export async function dependenciesTo(db: Db, targetKind: string, targets: readonly string[]): Promise<CatalogDependencyRow[]> {
  if (targets.length === 0) return [];
  return db
    .selectFrom('catalog_dependencies')
    .selectAll()
    .where('target_kind', '=', targetKind)
    .where('target', 'in', [...targets])
    .orderBy('target')
    .orderBy('source')
    .execute();
}

export async function allDependencies(db: Db): Promise<CatalogDependencyRow[]> {
  return db.selectFrom('catalog_dependencies').selectAll().orderBy('source').orderBy('target_kind').orderBy('target').execute();
}

export async function insertDependencies(db: Db, rows: readonly CatalogDependencyRow[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('catalog_dependencies').values([...rows]).execute();
}

export async function updateDependencyKind(db: Db, source: string, targetKind: string, target: string, kind: string): Promise<void> {
  await db
    .updateTable('catalog_dependencies')
    .set({ kind })
    .where('source', '=', source)
    .where('target_kind', '=', targetKind)
    .where('target', '=', target)
    .execute();
}

export async function deleteDependency(db: Db, source: string, targetKind: string, target: string): Promise<void> {
  await db.deleteFrom('catalog_dependencies').where('source', '=', source).where('target_kind', '=', targetKind).where('target', '=', target).execute();
}

export async function deleteDependenciesFrom(db: Db, source: string): Promise<void> {
  await db.deleteFrom('catalog_dependencies').where('source', '=', source).execute();
}

export async function deleteDependenciesTo(db: Db, targetKind: string, target: string): Promise<void> {
  await db.deleteFrom('catalog_dependencies').where('target_kind', '=', targetKind).where('target', '=', target).execute();
}

export async function entitiesByNames(db: Db, kind: string, names: readonly string[]): Promise<Pick<CatalogEntityRow, 'name' | 'title'>[]> {
  if (names.length === 0) return [];
  return db.selectFrom('catalog_entities').select(['name', 'title']).where('kind', '=', kind).where('name', 'in', [...names]).execute();
}
