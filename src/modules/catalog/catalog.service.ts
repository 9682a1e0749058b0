/**
 * Catalog use cases: validation and rules, each write in one transaction with its audit
 * rows, rows mapped to domain entities and API responses.
 *
 * References: the API refuses an unknown owner, system, domain, parent team or dependency
 * target (422 naming the field). Backstage import keeps them as unresolved references and
 * warns; they resolve by themselves when the entity arrives (references are names, not
 * foreign keys). Responses list what is still unresolved in `unresolved`.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/database.js';
import type { Actor } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { ConflictError, NotFoundError, ValidationError, type InvalidField } from '../../platform/errors.js';
import { toPage, type Page, type PageRequest } from '../../platform/http/pagination.js';
import {
  canonicalJson,
  defaultDependencyKind,
  emptyContent,
  ownerTarget,
  type CatalogContent,
  type Dependency,
  type DependencyKind,
  type OtherEntity,
  type TargetKind,
} from './catalog.js';
import { containerOf, EMPTY, KINDS, ownerOf, REST_KINDS, type AnyEntity, type EntityByKind, type RestKind } from './catalog.kinds.js';
import * as store from './catalog.store.js';
import { cursorKey, parseSort, readCursorKey } from './catalog.sort.js';
import type { CatalogDependencyRow, CatalogEntityRow, NewCatalogEntityRow } from './catalog.table.js';
import type { BackstageImport, ImportIssue } from './backstage.js';
import type { DependencyResponse, Graph, ImportResult, SearchResult } from './catalog.schema.js';

export interface WriteContext {
  actor: Actor;
  requestId?: string | undefined;
  /** Throws 412 when the caller's If-Match names another version (platform assertIfMatch). */
  checkEtag?: ((currentEtag: string) => void) | undefined;
}

export interface Unresolved {
  field: string;
  ref: string;
}

export type EntityResponse<K extends RestKind> = EntityByKind[K] & {
  unresolved: Unresolved[];
  createdAt: string;
  updatedAt: string;
  members?: { name: string; title: string | null; email: string | null }[];
};

export interface Versioned<T> {
  value: T;
  etag: string;
}

export interface ListFilters {
  owner?: string | undefined;
  system?: string | undefined;
  tier?: number | undefined;
  lifecycle?: string | undefined;
  tag?: string | undefined;
  q?: string | undefined;
  /** `name`, `-tier`, …: see catalog.sort.ts; absent is name order. */
  sort?: string | undefined;
}

/** Thrown inside a dry run's transaction to roll it back after the work is done. */
class DryRunRollback extends Error {}

/** The entity stored in `data`, written by this module from a validated entity. */
function parseEntity<K extends RestKind>(_kind: K, data: string): EntityByKind[K] {
  return JSON.parse(data) as EntityByKind[K];
}

function toResponse<K extends RestKind>(kind: K, row: store.ResolvedRow): Versioned<EntityResponse<K>> {
  const entity = parseEntity(kind, row.data);
  const unresolved: Unresolved[] = [];
  const ownerKnown = Boolean(row.owner_known);
  const containerKnown = Boolean(row.container_known);
  if (row.owner !== null && !ownerKnown) unresolved.push({ field: 'owner', ref: row.owner });
  const container = KINDS[kind].container;
  if (container && row.container !== null && !containerKnown) unresolved.push({ field: container.field, ref: row.container });
  return {
    // The parsed entity is this call's own: extended in place, not copied (lists build 50 of these).
    value: Object.assign(entity, { unresolved, createdAt: row.created_at, updatedAt: row.updated_at }),
    // Cheap to compute: the row version plus whether its references resolve (which changes
    // what the response says without a write to this row).
    etag: `"${kind}-${row.version}-${ownerKnown ? 1 : 0}${containerKnown ? 1 : 0}"`,
  };
}

function toRow(kind: RestKind, entity: AnyEntity, version: number, createdAt: string, now: string): NewCatalogEntityRow {
  return {
    kind,
    name: entity.name,
    title: entity.title,
    owner: ownerOf(entity),
    container: containerOf(kind, entity),
    tier: 'tier' in entity ? entity.tier : null,
    lifecycle: 'lifecycle' in entity ? entity.lifecycle : null,
    tags: JSON.stringify(entity.tags),
    data: JSON.stringify(entity),
    version,
    created_at: createdAt,
    updated_at: now,
  };
}

function dependencyResponse(row: CatalogDependencyRow, targetKnown: boolean): DependencyResponse {
  return {
    source: row.source,
    targetKind: asTargetKind(row.target_kind),
    target: row.target,
    kind: asDependencyKind(row.kind),
    targetKnown,
    createdAt: row.created_at,
  };
}

function asTargetKind(value: string): TargetKind {
  return value === 'api' || value === 'resource' ? value : 'service';
}

function asDependencyKind(value: string): DependencyKind {
  return value === 'async' || value === 'data' ? value : 'sync';
}

function now(): string {
  return new Date().toISOString();
}

export type CatalogService = ReturnType<typeof createCatalogService>;

export function createCatalogService(db: Kysely<Database>) {
  /** Fails with 422 naming each field whose reference does not exist. */
  async function checkReferences(trx: store.Db, kind: RestKind, entity: AnyEntity): Promise<void> {
    const errors: InvalidField[] = [];
    const owner = ownerOf(entity);
    if (owner !== null) {
      const target = ownerTarget(owner);
      if (!(await store.entityExists(trx, target.kind, target.name))) {
        errors.push({ field: 'body/owner', message: `no ${target.kind} named "${target.name}" in the catalog` });
      }
    }
    const container = KINDS[kind].container;
    const containerName = containerOf(kind, entity);
    if (container && containerName !== null) {
      if (kind === container.kind && containerName === entity.name) errors.push({ field: `body/${container.field}`, message: 'cannot refer to itself' });
      else if (!(await store.entityExists(trx, container.kind, containerName))) {
        errors.push({ field: `body/${container.field}`, message: `no ${container.kind} named "${containerName}" in the catalog` });
      }
    }
    if ('memberOf' in entity) {
      for (const [i, team] of entity.memberOf.entries()) {
        if (!(await store.entityExists(trx, 'team', team))) errors.push({ field: `body/memberOf/${i}`, message: `no team named "${team}" in the catalog` });
      }
    }
    if ('providesApis' in entity) {
      for (const [i, api] of entity.providesApis.entries()) {
        if (!(await store.entityExists(trx, 'api', api))) errors.push({ field: `body/providesApis/${i}`, message: `no api named "${api}" in the catalog` });
      }
    }
    if (errors.length > 0) throw new ValidationError(`The ${kind} refers to entities the catalog does not hold.`, errors);
  }

  async function mustGet(trx: store.Db, kind: RestKind, name: string): Promise<store.ResolvedRow> {
    const row = await store.getEntity(trx, kind, name);
    if (!row) throw new NotFoundError(`There is no ${kind} named "${name}".`);
    return row;
  }

  async function audit(trx: store.Db, ctx: WriteContext, action: string, entityType: string, entityId: string, before: unknown, after: unknown) {
    await recordAudit(trx, { actor: ctx.actor, action, entityType, entityId, before, after, requestId: ctx.requestId });
  }

  async function withMembers(trx: store.Db, response: Versioned<EntityResponse<'team'>>): Promise<Versioned<EntityResponse<'team'>>> {
    const people = await store.peopleMentioning(trx, response.value.name);
    const members = people
      .map((row) => parseEntity('person', row.data))
      .filter((p) => p.memberOf.includes(response.value.name))
      .map((p) => ({ name: p.name, title: p.title, email: p.email }));
    return { ...response, value: { ...response.value, members } };
  }

  async function dependents(trx: store.Db, kind: RestKind, name: string): Promise<string[]> {
    const out: string[] = [];
    if (kind === 'service' || kind === 'api' || kind === 'resource') {
      for (const d of await store.dependenciesTo(trx, kind, [name])) out.push(`service:${d.source} depends on it`);
    }
    if (kind === 'team') {
      for (const e of await store.referencingEntities(trx, 'owner', ['system', 'domain', 'service', 'api', 'resource'], name)) out.push(`${e.kind}:${e.name} is owned by it`);
      for (const e of await store.referencingEntities(trx, 'container', ['team'], name)) out.push(`team:${e.name} is a child team`);
    }
    if (kind === 'system') {
      for (const e of await store.referencingEntities(trx, 'container', ['service', 'api', 'resource'], name)) out.push(`${e.kind}:${e.name} is part of it`);
    }
    if (kind === 'domain') {
      for (const e of await store.referencingEntities(trx, 'container', ['system', 'domain'], name)) out.push(`${e.kind}:${e.name} is part of it`);
    }
    if (kind === 'person') {
      for (const e of await store.referencingEntities(trx, 'owner', ['system', 'domain', 'service', 'api', 'resource'], `user:${name}`)) {
        out.push(`${e.kind}:${e.name} is owned by them`);
      }
    }
    return out;
  }

  return {
    async list<K extends RestKind>(kind: K, filters: ListFilters, page: PageRequest): Promise<Page<EntityResponse<K>>> {
      const sort = parseSort(kind, filters.sort);
      const after = readCursorKey(sort, page.after);
      const rows = await store.listEntities(db, kind, { ...filters, container: filters.system }, after, page.limit, sort);
      return toPage(rows, page.limit, (r) => cursorKey(sort, r[sort.column], r.name), (r) => toResponse(kind, r).value);
    },

    /** The entities of these names that exist (teams without their members), by name. */
    async getMany<K extends Exclude<RestKind, 'team'>>(kind: K, names: readonly string[]): Promise<Map<string, EntityResponse<K>>> {
      const rows = await store.getEntities(db, kind, names);
      return new Map(rows.map((row) => [row.name, toResponse(kind, row).value]));
    },

    async get<K extends RestKind>(kind: K, name: string): Promise<Versioned<EntityResponse<K>>> {
      const row = await mustGet(db, kind, name);
      const response = toResponse(kind, row);
      if (kind === 'team') {
        const team = await withMembers(db, toResponse('team', row));
        return { ...response, value: { ...response.value, members: team.value.members } };
      }
      return response;
    },

    async create<K extends RestKind>(kind: K, input: Partial<EntityByKind[K]> & { name: string }, ctx: WriteContext): Promise<Versioned<EntityResponse<K>>> {
      const entity: EntityByKind[K] = { ...EMPTY[kind](input.name), ...input };
      return db.transaction().execute(async (trx) => {
        if (await store.entityExists(trx, kind, entity.name)) throw new ConflictError(`A ${kind} named "${entity.name}" already exists.`, { type: 'already-exists' });
        await checkReferences(trx, kind, entity);
        const at = now();
        await store.insertEntity(trx, toRow(kind, entity, 1, at, at));
        await audit(trx, ctx, 'create', kind, entity.name, undefined, entity);
        return toResponse(kind, await mustGet(trx, kind, entity.name));
      });
    },

    async update<K extends RestKind>(kind: K, name: string, patch: Partial<EntityByKind[K]>, ctx: WriteContext): Promise<Versioned<EntityResponse<K>>> {
      return db.transaction().execute(async (trx) => {
        const row = await mustGet(trx, kind, name);
        ctx.checkEtag?.(toResponse(kind, row).etag);
        const before = parseEntity(kind, row.data);
        const after: EntityByKind[K] = { ...before, ...patch, name };
        await checkReferences(trx, kind, after);
        if (canonicalJson(before) !== canonicalJson(after)) {
          await store.updateEntity(trx, toRow(kind, after, row.version + 1, row.created_at, now()));
          await audit(trx, ctx, 'update', kind, name, before, after);
        }
        return toResponse(kind, await mustGet(trx, kind, name));
      });
    },

    async remove(kind: RestKind, name: string, options: { force: boolean }, ctx: WriteContext): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const row = await mustGet(trx, kind, name);
        ctx.checkEtag?.(toResponse(kind, row).etag);
        const found = await dependents(trx, kind, name);
        if (found.length > 0 && !options.force) {
          throw new ConflictError(`The ${kind} "${name}" is still referenced (${found.slice(0, 5).join('; ')}${found.length > 5 ? '; …' : ''}); pass force=true to delete it anyway.`, {
            type: 'still-referenced',
            details: { dependents: found },
          });
        }
        // Forced: edges pointing at it go (an edge to nothing is noise); ownership and
        // membership references stay and show up as unresolved until it comes back.
        if (kind === 'service' || kind === 'api' || kind === 'resource') {
          for (const d of await store.dependenciesTo(trx, kind, [name])) {
            await audit(trx, ctx, 'delete', 'dependency', `${d.source}->${d.target_kind}:${d.target}`, d, undefined);
          }
          await store.deleteDependenciesTo(trx, kind, name);
        }
        if (kind === 'service') await store.deleteDependenciesFrom(trx, name);
        await store.deleteEntity(trx, kind, name);
        await audit(trx, ctx, 'delete', kind, name, parseEntity(kind, row.data), undefined);
      });
    },

    // --- dependencies ---------------------------------------------------------------------

    async listDependencies(filters: store.DependencyFilters, page: PageRequest): Promise<Page<DependencyResponse>> {
      const after = page.after?.split('\u0000');
      const key: [string, string, string] | undefined = after && after.length === 3 ? [after[0] ?? '', after[1] ?? '', after[2] ?? ''] : undefined;
      const rows = await store.listDependencies(db, filters, key, page.limit);
      const known = await knownTargets(db, rows);
      return toPage(rows, page.limit, (r) => `${r.source}\u0000${r.target_kind}\u0000${r.target}`, (r) => dependencyResponse(r, known.has(`${r.target_kind}:${r.target}`)));
    },

    async getDependency(source: string, targetKind: TargetKind, target: string): Promise<Versioned<DependencyResponse>> {
      const row = await store.getDependency(db, source, targetKind, target);
      if (!row) throw new NotFoundError(`Service "${source}" has no dependency on ${targetKind} "${target}".`);
      const known = await store.entityExists(db, targetKind, target);
      return { value: dependencyResponse(row, known), etag: `"dep-${row.kind}-${known ? 1 : 0}"` };
    },

    async createDependency(input: { source: string; targetKind: TargetKind; target: string; kind?: DependencyKind | undefined }, ctx: WriteContext): Promise<DependencyResponse> {
      return db.transaction().execute(async (trx) => {
        const errors: InvalidField[] = [];
        if (!(await store.entityExists(trx, 'service', input.source))) errors.push({ field: 'body/source', message: `no service named "${input.source}" in the catalog` });
        if (!(await store.entityExists(trx, input.targetKind, input.target))) {
          errors.push({ field: 'body/target', message: `no ${input.targetKind} named "${input.target}" in the catalog` });
        }
        if (input.targetKind === 'service' && input.source === input.target) errors.push({ field: 'body/target', message: 'a service cannot depend on itself' });
        if (errors.length > 0) throw new ValidationError('The dependency refers to entities the catalog does not hold.', errors);
        if (await store.getDependency(trx, input.source, input.targetKind, input.target)) {
          throw new ConflictError(`Service "${input.source}" already depends on ${input.targetKind} "${input.target}".`, { type: 'already-exists' });
        }
        const row: CatalogDependencyRow = {
          source: input.source,
          target_kind: input.targetKind,
          target: input.target,
          kind: input.kind ?? defaultDependencyKind(input.targetKind),
          created_at: now(),
        };
        await store.insertDependencies(trx, [row]);
        await audit(trx, ctx, 'create', 'dependency', `${row.source}->${row.target_kind}:${row.target}`, undefined, row);
        return dependencyResponse(row, true);
      });
    },

    async updateDependency(source: string, targetKind: TargetKind, target: string, kind: DependencyKind, ctx: WriteContext): Promise<Versioned<DependencyResponse>> {
      await db.transaction().execute(async (trx) => {
        const row = await store.getDependency(trx, source, targetKind, target);
        if (!row) throw new NotFoundError(`Service "${source}" has no dependency on ${targetKind} "${target}".`);
        ctx.checkEtag?.(`"dep-${row.kind}-${(await store.entityExists(trx, targetKind, target)) ? 1 : 0}"`);
        if (row.kind !== kind) {
          await store.updateDependencyKind(trx, source, targetKind, target, kind);
          await audit(trx, ctx, 'update', 'dependency', `${source}->${targetKind}:${target}`, row, { ...row, kind });
        }
      });
      return this.getDependency(source, targetKind, target);
    },

    async deleteDependency(source: string, targetKind: TargetKind, target: string, ctx: WriteContext): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const row = await store.getDependency(trx, source, targetKind, target);
        if (!row) throw new NotFoundError(`Service "${source}" has no dependency on ${targetKind} "${target}".`);
        ctx.checkEtag?.(`"dep-${row.kind}-${(await store.entityExists(trx, targetKind, target)) ? 1 : 0}"`);
        await store.deleteDependency(trx, source, targetKind, target);
        await audit(trx, ctx, 'delete', 'dependency', `${source}->${targetKind}:${target}`, row, undefined);
      });
    },

    // --- search and graph -----------------------------------------------------------------

    async search(q: string, limit: number): Promise<SearchResult> {
      if (q.trim() === '') return { items: [] };
      const rows = await store.searchEntities(db, ['service', 'team', 'system'], q, limit);
      return {
        items: rows.map((r) => ({ kind: r.kind === 'team' ? 'team' : r.kind === 'system' ? 'system' : 'service', name: r.name, title: r.title })),
      };
    },

    async graph(name: string, depth: number): Promise<Graph> {
      await mustGet(db, 'service', name);
      const nodes = new Map<string, { kind: TargetKind; name: string; depth: number }>();
      const edges = new Map<string, CatalogDependencyRow>();
      nodes.set(`service:${name}`, { kind: 'service', name, depth: 0 });
      // Walk both ways: what it calls (downstream) and what calls it (upstream).
      let down = [name];
      let up = [name];
      for (let level = 1; level <= depth; level++) {
        const outgoing = await store.dependenciesFrom(db, down);
        const incoming = await store.dependenciesTo(db, 'service', up);
        const nextDown: string[] = [];
        const nextUp: string[] = [];
        for (const e of outgoing) {
          edges.set(`${e.source}>${e.target_kind}:${e.target}`, e);
          const key = `${e.target_kind}:${e.target}`;
          if (!nodes.has(key)) {
            nodes.set(key, { kind: asTargetKind(e.target_kind), name: e.target, depth: level });
            if (e.target_kind === 'service') nextDown.push(e.target);
          }
        }
        for (const e of incoming) {
          edges.set(`${e.source}>${e.target_kind}:${e.target}`, e);
          const key = `service:${e.source}`;
          if (!nodes.has(key)) {
            nodes.set(key, { kind: 'service', name: e.source, depth: level });
            nextUp.push(e.source);
          }
        }
        down = nextDown;
        up = nextUp;
        if (down.length === 0 && up.length === 0) break;
      }
      const titles = new Map<string, string | null>();
      for (const kind of ['service', 'api', 'resource'] as const) {
        const names = [...nodes.values()].filter((n) => n.kind === kind).map((n) => n.name);
        for (const row of await store.entitiesByNames(db, kind, names)) titles.set(`${kind}:${row.name}`, row.title);
      }
      return {
        root: name,
        depth,
        nodes: [...nodes.entries()].map(([key, n]) => ({ ...n, title: titles.get(key) ?? null, known: titles.has(key) })),
        edges: [...edges.values()].map((e) => ({ source: e.source, targetKind: asTargetKind(e.target_kind), target: e.target, kind: asDependencyKind(e.kind) })),
      };
    },

    // --- Backstage import and export ------------------------------------------------------

    /**
     * Applies a translated Backstage import all-or-nothing: nothing is written when the
     * import has errors, and a dry run does all the work in a transaction it rolls back,
     * so its counts and warnings are exactly what the real import would give.
     */
    async importCatalog(read: BackstageImport, options: { dryRun: boolean; skipped: ImportIssue[] }, ctx: WriteContext): Promise<ImportResult> {
      const result: ImportResult = {
        dryRun: options.dryRun,
        created: 0,
        updated: 0,
        unchanged: 0,
        entities: [],
        skipped: options.skipped,
        warnings: [...read.warnings],
        errors: [...read.errors],
      };
      if (result.errors.length > 0) return result;
      const content = read.content;
      try {
        await db.transaction().execute(async (trx) => {
          const at = now();
          const depsBySource = new Map<string, Dependency[]>();
          for (const d of content.dependencies) depsBySource.set(d.source, [...(depsBySource.get(d.source) ?? []), d]);
          const apply = async (kind: string, name: string, entity: AnyEntity | OtherEntity, rowOf: (version: number, createdAt: string) => NewCatalogEntityRow) => {
            const existing = await store.getRawEntity(trx, kind, name);
            const wantedDeps = kind === 'service' ? (depsBySource.get(name) ?? []) : [];
            const haveDeps = kind === 'service' && existing ? await store.dependenciesFrom(trx, [name]) : [];
            const depsKey = (list: readonly { targetKind: string; target: string; kind: string }[]) =>
              list.map((d) => `${d.targetKind}:${d.target}=${d.kind}`).sort().join(',');
            const sameDeps = depsKey(wantedDeps) === depsKey(haveDeps.map((d) => ({ targetKind: d.target_kind, target: d.target, kind: d.kind })));
            const before: unknown = existing ? JSON.parse(existing.data) : undefined;
            let action: 'created' | 'updated' | 'unchanged';
            if (existing && sameDeps && canonicalJson(before) === canonicalJson(entity)) {
              action = 'unchanged';
            } else {
              if (existing) await store.updateEntity(trx, rowOf(existing.version + 1, existing.created_at));
              else await store.insertEntity(trx, rowOf(1, at));
              if (kind === 'service' && !sameDeps) {
                await store.deleteDependenciesFrom(trx, name);
                await store.insertDependencies(
                  trx,
                  wantedDeps.map((d) => ({ source: d.source, target_kind: d.targetKind, target: d.target, kind: d.kind, created_at: at })),
                );
              }
              action = existing ? 'updated' : 'created';
              const withDeps = (value: unknown, deps: unknown) => (kind === 'service' ? { entity: value, dependencies: deps } : value);
              await audit(trx, ctx, existing ? 'import-update' : 'import-create', kind, name, existing ? withDeps(before, haveDeps) : undefined, withDeps(entity, wantedDeps));
            }
            result[action] += 1;
            result.entities.push({ kind, name, action });
          };
          const order: RestKind[] = ['team', 'person', 'domain', 'system', 'resource', 'api', 'service'];
          for (const kind of order) {
            for (const entity of contentOf(content, kind)) {
              await apply(kind, entity.name, entity, (version, createdAt) => toRow(kind, entity, version, createdAt, at));
            }
          }
          for (const other of content.others) {
            await apply('other', other.ref, other, (version, createdAt) => ({
              kind: 'other',
              name: other.ref,
              title: null,
              owner: null,
              container: null,
              tier: null,
              lifecycle: null,
              tags: '[]',
              data: JSON.stringify(other),
              version,
              created_at: createdAt,
              updated_at: at,
            }));
          }
          result.warnings.push(...(await unresolvedWarnings(trx, read)));
          if (options.dryRun) throw new DryRunRollback('dry run');
        });
      } catch (error) {
        if (!(error instanceof DryRunRollback)) throw error;
      }
      return result;
    },

    async exportCatalog(): Promise<CatalogContent> {
      const content = emptyContent();
      for (const row of await store.allEntities(db)) addRow(content, row);
      content.dependencies = (await store.allDependencies(db)).map((d) => ({
        source: d.source,
        targetKind: asTargetKind(d.target_kind),
        target: d.target,
        kind: asDependencyKind(d.kind),
      }));
      return content;
    },
  };
}

function contentOf(content: CatalogContent, kind: RestKind): AnyEntity[] {
  switch (kind) {
    case 'team':
      return content.teams;
    case 'person':
      return content.people;
    case 'system':
      return content.systems;
    case 'domain':
      return content.domains;
    case 'service':
      return content.services;
    case 'api':
      return content.apis;
    case 'resource':
      return content.resources;
  }
}

function addRow(content: CatalogContent, row: CatalogEntityRow): void {
  switch (row.kind) {
    case 'team':
      content.teams.push(parseEntity('team', row.data));
      return;
    case 'person':
      content.people.push(parseEntity('person', row.data));
      return;
    case 'system':
      content.systems.push(parseEntity('system', row.data));
      return;
    case 'domain':
      content.domains.push(parseEntity('domain', row.data));
      return;
    case 'service':
      content.services.push(parseEntity('service', row.data));
      return;
    case 'api':
      content.apis.push(parseEntity('api', row.data));
      return;
    case 'resource':
      content.resources.push(parseEntity('resource', row.data));
      return;
    default:
      content.others.push(JSON.parse(row.data) as OtherEntity);
  }
}

async function knownTargets(db: store.Db, rows: readonly CatalogDependencyRow[]): Promise<Set<string>> {
  const known = new Set<string>();
  for (const kind of ['service', 'api', 'resource'] as const) {
    const names = [...new Set(rows.filter((r) => r.target_kind === kind).map((r) => r.target))];
    for (const row of await store.entitiesByNames(db, kind, names)) known.add(`${kind}:${row.name}`);
  }
  return known;
}

/** Warnings for references that neither the import nor the catalog holds. */
async function unresolvedWarnings(trx: store.Db, read: BackstageImport): Promise<ImportIssue[]> {
  const cache = new Map<string, boolean>();
  const exists = async (kind: string, name: string): Promise<boolean> => {
    const key = `${kind}:${name}`;
    let found = cache.get(key);
    if (found === undefined) {
      found = await store.entityExists(trx, kind, name);
      cache.set(key, found);
    }
    return found;
  };
  const warnings: ImportIssue[] = [];
  const warn = (kind: string, name: string, field: string, targetKind: string, target: string) => {
    const source = read.sources.get(`${kind}:${name}`);
    warnings.push({
      code: 'unresolved-reference',
      message: `${kind} ${name}: ${field} refers to ${targetKind} "${target}", which is not in the catalog (kept; it resolves when that entity arrives)`,
      entity: `${kind}:${name}`,
      ...source,
    });
  };
  for (const kind of REST_KINDS) {
    for (const entity of contentOf(read.content, kind)) {
      const owner = ownerOf(entity);
      if (owner !== null) {
        const t = ownerTarget(owner);
        if (!(await exists(t.kind, t.name))) warn(kind, entity.name, 'owner', t.kind === 'person' ? 'user' : 'group', t.name);
      }
      const container = KINDS[kind].container;
      const value = containerOf(kind, entity);
      if (container && value !== null && !(await exists(container.kind, value))) warn(kind, entity.name, container.field, container.kind, value);
      if ('memberOf' in entity) for (const team of entity.memberOf) if (!(await exists('team', team))) warn(kind, entity.name, 'memberOf', 'group', team);
      if ('providesApis' in entity) for (const api of entity.providesApis) if (!(await exists('api', api))) warn(kind, entity.name, 'providesApis', 'api', api);
    }
  }
  for (const d of read.content.dependencies) {
    if (!(await exists(d.targetKind, d.target))) warn('service', d.source, 'dependsOn', d.targetKind === 'service' ? 'component' : d.targetKind, d.target);
  }
  return warnings;
}
