/**
 * API registry use cases: upload a version (parse once, lint with the API's ruleset, diff
 * against the previous version, apply the release policy, store all in one transaction
 * with its audit row), read versions, lint results, changes and the changelog, keep the
 * release policy, list deprecations across APIs, and give readiness its facts.
 */
import type { Kysely } from 'kysely';
import { monotonicFactory } from 'ulid';
import type { Actor } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Database } from '../../platform/db/database.js';
import { BadRequestError, ConflictError, NotFoundError } from '../../platform/errors.js';
import { decodeCursor, encodeCursor, type Page, type PageRequest } from '../../platform/http/pagination.js';
import type { CatalogService } from '../catalog/index.js';
import type { Change } from './diff/change.js';
import { loadRuleset, type Ruleset } from './lint/index.js';
import {
  compareDeprecations,
  DEFAULT_POLICY,
  operationsOf,
  policyViolations,
  registryChangelog,
  RULESETS,
  sunsetDay,
  type ReleasePolicy,
  type RulesetName,
  type StoredOperation,
  type Violation,
} from './apis.js';
import { changesBetween, lintUpload, parseUpload, summariseFindings, type LintSummary } from './apis.analyse.js';
import { MAX_LATEST_APIS, type ApiVersion, type Changelog, type Deprecation, type LatestVersions, type LintResult, type Reanalysis, type ReleasePolicyUpdate, type VersionCreate } from './apis.schema.js';
import * as store from './apis.store.js';
import type { ApiReleasePolicyRow, NewApiVersionRow } from './apis.table.js';

export interface WriteContext {
  readonly actor: Actor;
  readonly requestId?: string | undefined;
}

export interface ApisOptions {
  readonly catalog: Pick<CatalogService, 'get' | 'getMany' | 'listDependencies'>;
  readonly now?: () => Date;
}

/** What readiness reads about a service's provided APIs (latest version of each). */
export interface ApiServiceFacts {
  readonly versionedApis: number;
  readonly lintErrors: number;
  readonly lintWarnings: number;
  readonly breakingChangesLatest: number;
  readonly sunsetsOverdue: number;
}

export type PublishResult = { readonly created: ApiVersion } | { readonly refused: readonly Violation[]; readonly message: string };

const nextId = monotonicFactory();
const ZERO_FACTS: ApiServiceFacts = { versionedApis: 0, lintErrors: 0, lintWarnings: 0, breakingChangesLatest: 0, sunsetsOverdue: 0 };

function parseJsonArray<T>(json: string): T[] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? (value as T[]) : [];
}

function isRuleset(value: string): value is RulesetName {
  return (RULESETS as readonly string[]).includes(value);
}

function toApiVersion(row: store.VersionSummaryRow): ApiVersion {
  return {
    api: row.api,
    version: row.version,
    gitRef: row.git_ref,
    openapiVersion: row.openapi_version,
    createdAt: row.created_at,
    createdBy: row.created_by,
    previousVersion: row.previous_version,
    lint: { error: row.lint_error, warn: row.lint_warn, info: row.lint_info, hint: row.lint_hint },
    changes: { breaking: row.breaking, warning: row.warning, info: row.info },
    forced: row.forced === 1,
    forceReason: row.force_reason,
    operations: row.operation_count,
    deprecatedOperations: row.deprecated_count,
  };
}

function policyOf(row: ApiReleasePolicyRow | undefined): ReleasePolicy {
  if (!row) return DEFAULT_POLICY;
  return { requireMajorBumpForBreaking: row.require_major_bump === 1, deprecationDays: row.deprecation_days, ruleset: isRuleset(row.ruleset) ? row.ruleset : DEFAULT_POLICY.ruleset };
}

/** What a version stores of its lint and of its changes against the previous version. */
function analysisColumns(lint: { summary: LintSummary; findings: readonly unknown[] }, changes: readonly Change[]): store.AnalysisColumns {
  return {
    lint_error: lint.summary.error,
    lint_warn: lint.summary.warn,
    lint_info: lint.summary.info,
    lint_hint: lint.summary.hint,
    lint_findings: JSON.stringify(lint.findings),
    ...countChanges(changes),
    changes: JSON.stringify(changes),
  };
}

function countChanges(changes: readonly Change[]): { breaking: number; warning: number; info: number } {
  const counts = { breaking: 0, warning: 0, info: 0 };
  for (const change of changes) counts[change.level]++;
  return counts;
}

export type ApisService = ReturnType<typeof createApisService>;

export function createApisService(db: Kysely<Database>, options: ApisOptions) {
  const { catalog } = options;
  const now = options.now ?? (() => new Date());
  const rulesets = new Map<RulesetName, Promise<Ruleset>>();

  function ruleset(name: RulesetName): Promise<Ruleset> {
    let loaded = rulesets.get(name);
    if (!loaded) {
      loaded = loadRuleset(name);
      rulesets.set(name, loaded);
    }
    return loaded;
  }

  /** 404 unless the catalog holds an API of that name; its entity otherwise. */
  async function mustGetApi(api: string) {
    return (await catalog.get('api', api)).value;
  }

  async function mustGetVersion(api: string, version: string): Promise<store.VersionSummaryRow> {
    await mustGetApi(api);
    const row = await store.getVersionSummary(db, api, version);
    if (!row) throw new NotFoundError(`The API "${api}" has no version "${version}".`);
    return row;
  }

  async function versionColumn<C extends 'document' | 'lint_findings' | 'changes'>(api: string, version: string, column: C) {
    await mustGetApi(api);
    const row = await store.getVersionColumn(db, api, version, column);
    if (!row) throw new NotFoundError(`The API "${api}" has no version "${version}".`);
    return row;
  }

  return {
    /**
     * Uploads a version. The expensive work (parse, lint, diff) runs before the
     * transaction; the transaction re-reads the latest version and redoes the diff only if
     * someone else stored a version in between.
     */
    async publishVersion(api: string, input: VersionCreate, ctx: WriteContext): Promise<PublishResult> {
      const force = input.force === true;
      const reason = input.reason?.trim() ?? '';
      if (force && reason === '') throw new BadRequestError('A forced upload needs a reason (the audit log keeps it).', { errors: [{ field: 'body/reason', message: 'required when force is true' }] });
      await mustGetApi(api);
      const policy = policyOf(await store.getPolicy(db, api));
      const upload = parseUpload(input.document, `${api}@${input.version}`);
      const lint = lintUpload(upload, await ruleset(policy.ruleset));

      const at = now();
      const day = at.toISOString().slice(0, 10);
      const analyse = (previous: Awaited<ReturnType<typeof store.latestVersion>>) => {
        const previousOperations = previous ? parseJsonArray<StoredOperation>(previous.operations) : [];
        const changes = previous ? changesBetween(parseUpload(previous.document, `${api}@${previous.version}`), upload, at) : [];
        const violations = previous
          ? policyViolations({ policy, previousVersion: previous.version, version: input.version, changes, previousOperations, now: at })
          : [];
        return { previous, changes, violations, operations: operationsOf(upload.view, previousOperations, input.version, day) };
      };
      let analysis = analyse(await store.latestVersion(db, api));

      return db.transaction().execute(async (trx): Promise<PublishResult> => {
        if (await store.versionExists(trx, api, input.version)) {
          throw new ConflictError(`The API "${api}" already has a version "${input.version}"; versions are immutable, upload a new label.`, { type: 'version-exists' });
        }
        const latest = await store.latestVersion(trx, api);
        if (latest?.id !== analysis.previous?.id) analysis = analyse(latest);
        const { previous, changes, violations, operations } = analysis;
        if (violations.length > 0 && !force) {
          return {
            refused: violations,
            message: `The release policy of "${api}" refuses ${String(violations.length)} change(s) from ${previous?.version ?? ''} to ${input.version}; fix them, or force the upload with a reason.`,
          };
        }
        const row: NewApiVersionRow = {
          id: nextId(),
          api,
          version: input.version,
          seq: (previous?.seq ?? 0) + 1,
          git_ref: input.gitRef ?? null,
          openapi_version: upload.openapiVersion,
          document: input.document,
          document_syntax: upload.document.syntax,
          created_at: at.toISOString(),
          created_by: ctx.actor.name,
          previous_version: previous?.version ?? null,
          ruleset: policy.ruleset,
          ...analysisColumns(lint, changes),
          forced: force ? 1 : 0,
          force_reason: force ? reason : null,
          operation_count: operations.length,
          deprecated_count: operations.filter((op) => op.deprecated).length,
          operations: JSON.stringify(operations),
        };
        try {
          await store.insertVersion(trx, row);
        } catch (error) {
          // A concurrent upload took the label or the sequence number first (the transaction
          // is unusable now, so the unique-constraint error itself is the signal).
          if (error instanceof Error && /unique|duplicate key/i.test(error.message)) {
            throw new ConflictError(`Another version of "${api}" was stored at the same time as "${input.version}"; upload again (with a new label if it was this one).`, { type: 'version-exists' });
          }
          throw error;
        }
        const created = toApiVersion({ ...row, git_ref: row.git_ref ?? null, previous_version: row.previous_version ?? null, force_reason: row.force_reason ?? null });
        await recordAudit(trx, {
          actor: ctx.actor,
          action: force ? 'publish-forced' : 'publish',
          entityType: 'api-version',
          entityId: `${api}@${input.version}`,
          after: { ...created, ...(force ? { reason, overriddenViolations: violations.map((v) => ({ id: v.id, operation: v.operation, reason: v.reason })) } : {}) },
          requestId: ctx.requestId,
        });
        return { created };
      });
    },

    /**
     * Lints and diffs every stored version of an API again with this server's engines (after
     * an upgrade that changed rules or checks): each version with the ruleset it was linted
     * with, against the version before it, judged as of its upload time. The release policy
     * is not judged again (what was stored stays stored) and operations keep their recorded
     * deprecation dates. The work runs before the transaction; the updates and one audit row
     * per changed version are written in one.
     */
    async reanalyse(api: string, ctx: WriteContext): Promise<Reanalysis> {
      await mustGetApi(api);
      const versions = await store.versionsToAnalyse(db, api);
      const updates: { id: string; version: string; columns: store.AnalysisColumns }[] = [];
      const items: Reanalysis['items'] = [];
      let previous: ReturnType<typeof parseUpload> | undefined;
      for (const version of versions) {
        const text = await store.versionDocument(db, version.id);
        if (text === undefined) continue; // deleted meanwhile
        const upload = parseUpload(text, `${api}@${version.version}`);
        const lint = lintUpload(upload, await ruleset(isRuleset(version.ruleset) ? version.ruleset : DEFAULT_POLICY.ruleset));
        const changes = previous ? changesBetween(previous, upload, new Date(version.created_at)) : [];
        previous = upload;
        const columns = analysisColumns(lint, changes);
        updates.push({ id: version.id, version: version.version, columns });
        items.push({
          version: version.version,
          before: { lint: { error: version.lint_error, warn: version.lint_warn }, changes: { breaking: version.breaking, warning: version.warning, info: version.info } },
          after: { lint: { error: lint.summary.error, warn: lint.summary.warn }, changes: countChanges(changes) },
        });
      }
      await db.transaction().execute(async (trx) => {
        for (const [index, update] of updates.entries()) {
          await store.updateAnalysis(trx, update.id, update.columns);
          const item = items[index];
          if (item && JSON.stringify(item.before) !== JSON.stringify(item.after)) {
            await recordAudit(trx, { actor: ctx.actor, action: 'reanalyse', entityType: 'api-version', entityId: `${api}@${update.version}`, before: item.before, after: item.after, requestId: ctx.requestId });
          }
        }
      });
      return { api, items };
    },

    async listVersions(api: string, page: PageRequest): Promise<Page<ApiVersion>> {
      await mustGetApi(api);
      const after = page.after === undefined ? undefined : Number(page.after);
      const rows = await store.listVersions(db, api, after !== undefined && Number.isFinite(after) ? after : undefined, page.limit + 1);
      const kept = rows.slice(0, page.limit);
      const last = kept.at(-1);
      return { items: kept.map(toApiVersion), nextCursor: rows.length > page.limit && last ? encodeCursor(String(last.seq)) : null };
    },

    /**
     * The latest version of every API that has one, by name; `apis` (repeated and/or
     * comma-separated names) restricts it. Names without a version are simply absent.
     */
    async latestVersions(apis: readonly string[] | undefined): Promise<LatestVersions> {
      const names = apis === undefined ? undefined : [...new Set(apis.flatMap((value) => value.split(',')).map((name) => name.trim()).filter((name) => name !== ''))];
      if (names !== undefined && names.length > MAX_LATEST_APIS) {
        throw new BadRequestError(`At most ${String(MAX_LATEST_APIS)} API names at once; ${String(names.length)} were given.`, { errors: [{ field: 'querystring/api', message: `more than ${String(MAX_LATEST_APIS)} names` }] });
      }
      return { items: (await store.latestVersions(db, names)).map(toApiVersion) };
    },

    async getVersion(api: string, version: string): Promise<ApiVersion> {
      return toApiVersion(await mustGetVersion(api, version));
    },

    async getDocument(api: string, version: string): Promise<{ text: string; syntax: 'json' | 'yaml' }> {
      const row = await versionColumn(api, version, 'document');
      return { text: row.document, syntax: row.document_syntax === 'json' ? 'json' : 'yaml' };
    },

    async getChanges(api: string, version: string): Promise<{ base: string | null; head: string; summary: { breaking: number; warning: number; info: number }; items: Change[] }> {
      const row = await versionColumn(api, version, 'changes');
      return { base: row.previous_version, head: row.version, summary: { breaking: row.breaking, warning: row.warning, info: row.info }, items: parseJsonArray<Change>(row.changes) };
    },

    async getLint(api: string, version: string): Promise<LintResult> {
      const row = await versionColumn(api, version, 'lint_findings');
      return { summary: { error: row.lint_error, warn: row.lint_warn, info: row.lint_info, hint: row.lint_hint }, items: parseJsonArray<LintResult['items'][number]>(row.lint_findings) };
    },

    async changelog(api: string, limit: number): Promise<Changelog> {
      await mustGetApi(api);
      const rows = await store.changelogRows(db, api, limit);
      return {
        items: rows.map((row) => ({
          version: row.version,
          previousVersion: row.previous_version,
          createdAt: row.created_at,
          summary: { breaking: row.breaking, warning: row.warning, info: row.info },
          changes: parseJsonArray<Change>(row.changes),
        })),
      };
    },

    async changelogMarkdown(api: string, limit: number): Promise<string> {
      const { items } = await this.changelog(api, limit);
      return registryChangelog(api, items);
    },

    async getPolicy(api: string): Promise<ReleasePolicy> {
      await mustGetApi(api);
      return policyOf(await store.getPolicy(db, api));
    },

    async putPolicy(api: string, input: ReleasePolicyUpdate, ctx: WriteContext): Promise<ReleasePolicy> {
      await mustGetApi(api);
      return db.transaction().execute(async (trx) => {
        const before = policyOf(await store.getPolicy(trx, api));
        const after: ReleasePolicy = { requireMajorBumpForBreaking: input.requireMajorBumpForBreaking, deprecationDays: input.deprecationDays, ruleset: input.ruleset ?? DEFAULT_POLICY.ruleset };
        await store.upsertPolicy(trx, {
          api,
          require_major_bump: after.requireMajorBumpForBreaking ? 1 : 0,
          deprecation_days: after.deprecationDays,
          ruleset: after.ruleset,
          updated_at: now().toISOString(),
        });
        await recordAudit(trx, { actor: ctx.actor, action: 'update', entityType: 'api-release-policy', entityId: api, before, after, requestId: ctx.requestId });
        return after;
      });
    },

    /** Lints a document with a built-in ruleset, storing nothing (POST /lint). */
    async lint(text: string, rulesetName: RulesetName): Promise<LintResult> {
      const upload = parseUpload(text, 'document');
      const { summary, findings } = lintUpload(upload, await ruleset(rulesetName));
      return { summary, items: findings.map((finding) => ({ ...finding, path: [...finding.path] })) };
    },

    /** Deprecated or sunset operations in the latest version of every API, by sunset (none last). */
    async deprecations(filters: { before?: string | undefined; api?: string | undefined; team?: string | undefined }): Promise<{ items: Deprecation[] }> {
      const today = now().toISOString().slice(0, 10);
      const rows = await store.latestOperations(db, filters.api === undefined ? undefined : [filters.api]);
      const items: Deprecation[] = [];
      const owners = await catalog.getMany('api', rows.map((row) => row.api));
      for (const row of rows) {
        const ops = parseJsonArray<StoredOperation>(row.operations).filter((op) => op.deprecated || op.sunset !== null);
        if (ops.length === 0) continue;
        const owner = owners.get(row.api)?.owner ?? null;
        if (filters.team !== undefined && owner !== filters.team) continue;
        let consumers: string[] | undefined;
        for (const op of ops) {
          const sunset = sunsetDay(op.sunset);
          if (filters.before !== undefined && (sunset === null || sunset >= filters.before)) continue;
          consumers ??= await consumersOf(row.api);
          items.push({
            api: row.api,
            owner,
            method: op.method,
            path: op.path,
            operationId: op.operationId,
            deprecated: op.deprecated,
            sunset,
            deprecatedSince: op.deprecatedSince,
            overdue: sunset !== null && sunset < today,
            consumers,
          });
        }
      }
      items.sort(compareDeprecations);
      return { items };
    },

    /** Readiness facts: summed over the APIs each service provides, latest version of each. */
    async factsForServices(services: readonly string[]): Promise<Map<string, ApiServiceFacts>> {
      const today = now().toISOString().slice(0, 10);
      const known = await catalog.getMany('service', services);
      const provided = new Map(services.map((service) => [service, known.get(service)?.providesApis ?? []]));
      const apis = [...new Set([...provided.values()].flat())];
      const latest = new Map((await store.latestOperations(db, apis)).map((row) => [row.api, row]));
      const out = new Map<string, ApiServiceFacts>();
      for (const service of services) {
        let facts = ZERO_FACTS;
        for (const api of provided.get(service) ?? []) {
          const row = latest.get(api);
          if (!row) continue;
          const overdue = parseJsonArray<StoredOperation>(row.operations).filter((op) => {
            const sunset = sunsetDay(op.sunset);
            return sunset !== null && sunset < today;
          }).length;
          facts = {
            versionedApis: facts.versionedApis + 1,
            lintErrors: facts.lintErrors + row.lint_error,
            lintWarnings: facts.lintWarnings + row.lint_warn,
            breakingChangesLatest: facts.breakingChangesLatest + row.breaking,
            sunsetsOverdue: facts.sunsetsOverdue + overdue,
          };
        }
        out.set(service, facts);
      }
      return out;
    },
  };

  async function consumersOf(api: string): Promise<string[]> {
    const out: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await catalog.listDependencies({ targetKind: 'api', target: api }, { limit: 500, after });
      out.push(...page.items.map((d) => d.source));
      if (page.nextCursor === null) break;
      after = decodeCursor(page.nextCursor);
    }
    return [...new Set(out)].sort();
  }
}

export type { LintSummary };
export { summariseFindings };
