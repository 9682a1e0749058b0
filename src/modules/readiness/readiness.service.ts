/**
 * Readiness use cases: scorecard and check CRUD with expressions validated at save time,
 * service readiness and reports evaluated from facts on read (and stored as history when
 * the result changed or once a day), attestations, campaigns and trends.
 */
import type { Kysely } from 'kysely';
import { ulid } from 'ulid';
import type { Database } from '../../platform/db/database.js';
import type { Actor } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { ConflictError, NotFoundError, ValidationError, type InvalidField } from '../../platform/errors.js';
import type { CatalogService } from '../catalog/index.js';
import { FactRegistry } from './fact-registry.js';
import { CATALOG_FACTS } from './catalog-facts.js';
import type { FactNamespace, FactProvider, Subject } from './facts.js';
import { catalogSubjects } from './catalog-subjects.js';
import { builtinScorecards } from './builtin/index.js';
import { appliesTo, compileScorecard, type CompiledScorecard, type CompileProblem } from './evaluator.js';
import { compileExpression } from './expression.js';
import { evaluateSubject, indexAttestations, type AttestationIndex } from './evaluate-subject.js';
import { nextSteps, type NextStep } from './next-steps.js';
import { buildReport, type ReadinessReport } from './report.js';
import { campaignProgress, type CampaignProgress } from './campaign.js';
import { dailyTrend, digestOf, failingChecks, recordReason, startOfDay, type TrendPoint } from './history.js';
import { DEFAULT_LEVELS, type Attestation, type Campaign, type CheckDefinition, type CheckResult, type CheckRule, type ScorecardDefinition, type ScorecardResult } from './readiness.js';
import * as store from './readiness.store.js';
import type { AttestationRow, CampaignRow, CheckRow, EvaluationRow, NewEvaluationRow, ScorecardRow } from './readiness.table.js';

export interface WriteContext {
  readonly actor: Actor;
  readonly requestId?: string | undefined;
  /** Throws 412 when the caller's If-Match names another version. */
  readonly checkEtag?: ((currentEtag: string) => void) | undefined;
}

export interface CheckInput {
  readonly name: string;
  readonly title: string;
  readonly description?: string | undefined;
  readonly level: string;
  readonly group?: string | null | undefined;
  readonly expression?: string | undefined;
  /** Set for an attestation check: days an attestation stays valid. */
  readonly validForDays?: number | undefined;
}

export interface ScorecardInput {
  readonly name: string;
  readonly title: string;
  readonly description?: string | undefined;
  readonly levels?: string[] | undefined;
  readonly filter?: string | null | undefined;
  readonly checks?: CheckInput[] | undefined;
}

export interface ScorecardPatch {
  readonly title?: string | undefined;
  readonly description?: string | undefined;
  readonly levels?: string[] | undefined;
  readonly filter?: string | null | undefined;
}

export interface CheckPatch {
  readonly title?: string | undefined;
  readonly description?: string | undefined;
  readonly level?: string | undefined;
  readonly group?: string | null | undefined;
  readonly expression?: string | undefined;
  readonly validForDays?: number | undefined;
}

export interface ScorecardView extends ScorecardDefinition {
  readonly etag: string;
}

/** An attestation as a check result shows it (the service, scorecard and check are implied). */
export interface AttestationShown {
  readonly evidenceUrl: string | null;
  readonly note: string | null;
  readonly attestedBy: string;
  readonly attestedAt: string;
  readonly expiresAt: string;
}

/** A check result on a service's page: the fix is in nextSteps, the attestation trimmed. */
export interface ServiceCheckResult extends Omit<CheckResult, 'fix' | 'attestation'> {
  readonly attestation: AttestationShown | null;
  /** For attestation checks: days a new attestation stays valid (null for expression checks). */
  readonly validForDays: number | null;
}

export interface ServiceScorecardReadiness extends Omit<ScorecardResult, 'checks' | 'service' | 'team'> {
  readonly title: string;
  readonly levels: string[];
  /** Every check (view=full) or none (view=summary: nextSteps lists the failing ones). */
  readonly checks: ServiceCheckResult[];
  readonly nextSteps: NextStep[];
}

export interface ServiceReadiness {
  readonly service: string;
  readonly team: string | null;
  readonly evaluatedAt: string;
  readonly scorecards: ServiceScorecardReadiness[];
}

export interface AttestationInput {
  readonly scorecard: string;
  readonly check: string;
  readonly evidenceUrl?: string | undefined;
  readonly note?: string | undefined;
}

export interface CampaignInput {
  readonly title: string;
  readonly description?: string | undefined;
  readonly scorecard: string;
  readonly targetLevel: string;
  readonly filter?: string | null | undefined;
  readonly deadline: string;
}

export type ServiceHistory = {
  readonly scope: 'service';
  readonly service: string;
  readonly scorecard: string;
  readonly evaluations: { evaluatedAt: string; level: string | null; score: number; failing: string[]; reason: string }[];
};
export type GroupHistory = { readonly scope: 'team' | 'scorecard'; readonly team: string | null; readonly scorecard: string; readonly points: TrendPoint[] };

export interface ReadinessServiceOptions {
  /** Fact providers of other modules (apis, architecture, reliability, ...). */
  readonly providers?: FactProvider[];
  readonly now?: () => Date;
  /**
   * How long a cached evaluation may be served while the data version (the newest audit-log
   * id) is unchanged; bounds the staleness of clock-dependent facts such as overdue reviews
   * (default 60 s). Attestation expiry is exact regardless.
   */
  readonly cacheTtlMs?: number;
}

/** How much of a service's readiness to return: everything, or levels and what to fix next. */
export type ReadinessView = 'full' | 'summary';

const DAY_MS = 86_400_000;
const NEXT_STEPS_SHOWN = 5;

function describeProblems(problems: readonly CompileProblem[]): InvalidField[] {
  return problems.map(({ field, problem }) => ({
    field,
    message: `${problem.message} (line ${problem.line}, column ${problem.column})`,
  }));
}

function ruleOf(input: { expression?: string | undefined; validForDays?: number | undefined }, field: string): CheckRule {
  if (input.expression !== undefined && input.validForDays !== undefined) {
    throw new ValidationError('A check is either an expression or an attestation, not both.', [{ field, message: 'give either expression or validForDays' }]);
  }
  if (input.expression !== undefined) return { kind: 'expression', expression: input.expression };
  if (input.validForDays !== undefined) return { kind: 'attestation', validForDays: input.validForDays };
  throw new ValidationError('A check needs an expression or, for an attestation, validForDays.', [{ field, message: 'give expression or validForDays' }]);
}

function checkFromInput(input: CheckInput, field: string): CheckDefinition {
  return { name: input.name, title: input.title, description: input.description ?? '', level: input.level, group: input.group ?? null, rule: ruleOf(input, field) };
}

function checkFromRow(row: CheckRow): CheckDefinition {
  const rule: CheckRule = row.kind === 'attestation' ? { kind: 'attestation', validForDays: row.valid_for_days ?? 90 } : { kind: 'expression', expression: row.expression ?? '' };
  return { name: row.name, title: row.title, description: row.description, level: row.level, group: row.check_group, rule };
}

function parseLevels(json: string): string[] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [...DEFAULT_LEVELS];
}

function definitionFromRows(row: ScorecardRow, checks: CheckRow[]): ScorecardDefinition {
  return { name: row.name, title: row.title, description: row.description, levels: parseLevels(row.levels), filter: row.filter, builtin: false, checks: checks.map(checkFromRow) };
}

function attestationFromRow(row: AttestationRow): Attestation {
  return {
    id: row.id,
    scorecard: row.scorecard,
    check: row.check_name,
    service: row.service,
    evidenceUrl: row.evidence_url,
    note: row.note,
    attestedBy: row.attested_by,
    attestedAt: row.attested_at,
    expiresAt: row.expires_at,
  };
}

function campaignFromRow(row: CampaignRow): Campaign {
  return { id: row.id, title: row.title, description: row.description, scorecard: row.scorecard, targetLevel: row.target_level, filter: row.filter, deadline: row.deadline, createdAt: row.created_at };
}

function checkRowOf(scorecard: string, check: CheckDefinition, position: number, now: string): CheckRow {
  return {
    scorecard,
    name: check.name,
    title: check.title,
    description: check.description,
    level: check.level,
    check_group: check.group,
    kind: check.rule.kind,
    expression: check.rule.kind === 'expression' ? check.rule.expression : null,
    valid_for_days: check.rule.kind === 'attestation' ? check.rule.validForDays : null,
    position,
    created_at: now,
    updated_at: now,
  };
}

function validateLevels(levels: string[]): void {
  const seen = new Set<string>();
  for (const level of levels) {
    if (seen.has(level)) throw new ValidationError(`Level "${level}" appears twice.`, [{ field: '/levels', message: `duplicate level "${level}"` }]);
    seen.add(level);
  }
}

function etagOfScorecard(definition: ScorecardDefinition, version: number): string {
  return definition.builtin ? `"builtin-${definition.name}"` : `"scorecard-${definition.name}-${version}"`;
}

export type ReadinessService = ReturnType<typeof createReadinessService>;

export function createReadinessService(db: Kysely<Database>, catalog: CatalogService, options: ReadinessServiceOptions = {}) {
  const providers = options.providers ?? [];
  const registry = new FactRegistry().register(CATALOG_FACTS);
  for (const provider of providers) registry.register(provider);
  const clock = options.now ?? (() => new Date());
  const subjects = catalogSubjects(catalog, providers);

  const builtins = new Map<string, CompiledScorecard>();
  for (const definition of builtinScorecards(registry)) {
    const result = compileScorecard(registry, definition);
    // Built-ins are code: a failure here is a programming error caught by the tests.
    if (!result.ok) throw new Error(`Built-in scorecard ${definition.name} does not compile: ${JSON.stringify(result.problems)}`);
    builtins.set(definition.name, result.scorecard);
  }
  /** Compiled custom scorecards by name, valid while the stored version matches. */
  const compiledCache = new Map<string, { version: number; compiled: CompiledScorecard }>();

  function compileOrRefuse(definition: ScorecardDefinition): CompiledScorecard {
    validateLevels(definition.levels);
    const names = new Set<string>();
    definition.checks.forEach((check, index) => {
      if (names.has(check.name)) throw new ValidationError(`Check "${check.name}" appears twice.`, [{ field: `/checks/${index}/name`, message: `duplicate check "${check.name}"` }]);
      names.add(check.name);
    });
    const result = compileScorecard(registry, definition);
    if (!result.ok) throw new ValidationError('The scorecard has invalid expressions or levels.', describeProblems(result.problems));
    return result.scorecard;
  }

  /** Every scorecard: built-ins first, then custom ones in name order. */
  async function allScorecards(): Promise<{ compiled: CompiledScorecard; version: number }[]> {
    const [rows, checks] = await Promise.all([store.listScorecards(db), store.listChecks(db)]);
    const byScorecard = new Map<string, CheckRow[]>();
    for (const check of checks) {
      const list = byScorecard.get(check.scorecard);
      if (list) list.push(check);
      else byScorecard.set(check.scorecard, [check]);
    }
    const out = [...builtins.values()].map((compiled) => ({ compiled, version: 0 }));
    for (const row of rows) {
      const cached = compiledCache.get(row.name);
      if (cached?.version === row.version) {
        out.push({ compiled: cached.compiled, version: row.version });
        continue;
      }
      const result = compileScorecard(registry, definitionFromRows(row, byScorecard.get(row.name) ?? []));
      // A stored scorecard that no longer compiles (a provider's fact was removed) is skipped, not fatal.
      if (!result.ok) continue;
      compiledCache.set(row.name, { version: row.version, compiled: result.scorecard });
      out.push({ compiled: result.scorecard, version: row.version });
    }
    return out;
  }

  async function oneScorecard(name: string): Promise<{ compiled: CompiledScorecard; version: number }> {
    const builtin = builtins.get(name);
    if (builtin) return { compiled: builtin, version: 0 };
    const found = (await allScorecards()).find((entry) => entry.compiled.definition.name === name);
    if (!found) throw new NotFoundError(`There is no scorecard "${name}".`);
    return found;
  }

  async function storedScorecard(trx: store.Db, name: string): Promise<{ row: ScorecardRow; definition: ScorecardDefinition }> {
    if (builtins.has(name)) throw new ConflictError(`"${name}" is a built-in scorecard and cannot be changed; create your own scorecard instead.`, { type: 'builtin-scorecard' });
    const row = await store.getScorecard(trx, name);
    if (!row) throw new NotFoundError(`There is no scorecard "${name}".`);
    return { row, definition: definitionFromRows(row, await store.listChecks(trx, name)) };
  }

  function view(compiled: CompiledScorecard, version: number): ScorecardView {
    return { ...compiled.definition, etag: etagOfScorecard(compiled.definition, version) };
  }

  /** Replaces a custom scorecard's checks after validating the whole scorecard. */
  async function saveChecks(trx: store.Db, definition: ScorecardDefinition, version: number, now: string): Promise<void> {
    const existing = await store.listChecks(trx, definition.name);
    const created = new Map(existing.map((row) => [row.name, row.created_at]));
    for (const row of existing) await store.deleteCheck(trx, definition.name, row.name);
    let position = 0;
    for (const check of definition.checks) {
      const row = checkRowOf(definition.name, check, position, now);
      await store.insertCheck(trx, { ...row, created_at: created.get(check.name) ?? now });
      position += 1;
    }
    await store.touchScorecard(trx, definition.name, version, now);
  }

  // ---- Evaluation, cached against the data version -------------------------------------
  //
  // Reads never write. Evaluations are cached against the newest audit-log id (every write of
  // every module is audited), for at most `cacheTtlMs`, and never past the first attestation
  // that expires. The whole catalog is evaluated once per version (a "snapshot") for reports,
  // campaigns and history; a service's page is evaluated on its own, in detail, and cached.

  const ttlMs = options.cacheTtlMs ?? 60_000;
  /** Evaluations of the whole catalog in the summary form, for one data version. */
  interface Snapshot {
    readonly version: string;
    readonly at: Date;
    readonly validUntil: number;
    readonly subjects: Subject[];
    readonly byName: ReadonlyMap<string, Subject>;
    readonly scorecards: { compiled: CompiledScorecard; version: number }[];
    readonly attestations: AttestationIndex;
    /** Scorecard → the results of the services it applies to, in service name order. */
    readonly results: ReadonlyMap<string, ScorecardResult[]>;
    /** `scorecard|team` → report, built on first use. */
    readonly reports: Map<string, ReadinessReport>;
  }
  let snapshot: Snapshot | undefined;
  let building: { version: string; promise: Promise<Snapshot> } | undefined;
  /** Service pages kept, least recently read dropped first (each is some tens of KB with its JSON). */
  const MAX_CACHED_SERVICES = 2_000;
  interface ServiceCacheEntry {
    readonly version: string;
    readonly validUntil: number;
    readonly value: ServiceReadiness;
    readonly results: ScorecardResult[];
    /** The summary view, derived from value on first use. */
    summary: ServiceReadiness | undefined;
  }
  const serviceCache = new Map<string, ServiceCacheEntry>();

  /** Until when results computed at `at` hold: the TTL, or the first attestation to expire after `at`. */
  function validUntilOf(at: Date, attestations: Iterable<Attestation>): number {
    let until = at.getTime() + ttlMs;
    for (const attestation of attestations) {
      const expires = Date.parse(attestation.expiresAt);
      if (expires > at.getTime() && expires < until) until = expires;
    }
    return until;
  }

  function isCurrent(entry: { version: string; validUntil: number }, version: string, now: Date): boolean {
    return entry.version === version && now.getTime() < entry.validUntil;
  }

  const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

  async function buildSnapshot(version: string): Promise<Snapshot> {
    const [all, scorecards, attestationRows] = await Promise.all([subjects.all(), allScorecards(), store.listAttestations(db, {})]);
    const attestations = attestationRows.map(attestationFromRow);
    const index = indexAttestations(attestations);
    const at = clock();
    const compiled = scorecards.map((entry) => entry.compiled);
    const results = new Map<string, ScorecardResult[]>(compiled.map((scorecard) => [scorecard.definition.name, []]));
    for (let start = 0; start < all.length; start += 1000) {
      // A background tick or a report must not stall the other requests for a whole catalog.
      if (start > 0) await yieldToEventLoop();
      for (const subject of all.slice(start, start + 1000)) {
        for (const result of evaluateSubject(registry, compiled, subject, index, at, false)) results.get(result.scorecard)?.push(result);
      }
    }
    return {
      version,
      at,
      validUntil: validUntilOf(at, attestations),
      subjects: all,
      byName: new Map(all.map((subject) => [subject.service, subject])),
      scorecards,
      attestations: index,
      results,
      reports: new Map(),
    };
  }

  /** The snapshot of the current data version, built at most once per version. */
  async function currentSnapshot(): Promise<Snapshot> {
    const version = await store.latestChange(db);
    if (snapshot && isCurrent(snapshot, version, clock())) return snapshot;
    if (building?.version !== version) {
      const promise = buildSnapshot(version).finally(() => {
        if (building?.promise === promise) building = undefined;
      });
      building = { version, promise };
    }
    const built = await building.promise;
    snapshot = built;
    return built;
  }

  function trimAttestation(attestation: Attestation | null): AttestationShown | null {
    if (attestation === null) return null;
    return { evidenceUrl: attestation.evidenceUrl, note: attestation.note, attestedBy: attestation.attestedBy, attestedAt: attestation.attestedAt, expiresAt: attestation.expiresAt };
  }

  function serviceView(subject: Subject, compiled: readonly CompiledScorecard[], results: ScorecardResult[], at: Date): ServiceReadiness {
    const byName = new Map(compiled.map((scorecard) => [scorecard.definition.name, scorecard.definition]));
    return {
      service: subject.service,
      team: subject.team,
      evaluatedAt: at.toISOString(),
      scorecards: results.map((result): ServiceScorecardReadiness => {
        const definition = byName.get(result.scorecard);
        const levels = definition?.levels ?? [];
        const checks = new Map((definition?.checks ?? []).map((check) => [check.name, check]));
        const descriptions = new Map([...checks.values()].map((check) => [check.name, check.description]));
        return {
          scorecard: result.scorecard,
          title: definition?.title ?? result.scorecard,
          levels,
          level: result.level,
          nextLevel: result.nextLevel,
          score: result.score,
          passed: result.passed,
          total: result.total,
          checks: result.checks.map((check): ServiceCheckResult => {
            const rule = checks.get(check.check)?.rule;
            return {
              check: check.check,
              title: check.title,
              level: check.level,
              group: check.group,
              kind: check.kind,
              passed: check.passed,
              reason: check.reason,
              facts: check.facts,
              attestation: trimAttestation(check.attestation),
              validForDays: rule?.kind === 'attestation' ? rule.validForDays : null,
            };
          }),
          // What the page and the CLI gate show: whatever blocks the next level, and at least five.
          nextSteps: nextSteps(result, levels, descriptions).filter((step, index) => step.blocksNextLevel || index < NEXT_STEPS_SHOWN),
        };
      }),
    };
  }

  function summaryOf(full: ServiceReadiness): ServiceReadiness {
    return { ...full, scorecards: full.scorecards.map((scorecard) => ({ ...scorecard, checks: [] })) };
  }

  /** One service evaluated in detail: from the current snapshot's facts when there is one, else on its own. */
  async function evaluateService(name: string, scorecard: string | undefined, view: ReadinessView): Promise<{ value: ServiceReadiness; results: ScorecardResult[] }> {
    const version = await store.latestChange(db);
    const key = `${name}|${scorecard ?? ''}`;
    let entry = serviceCache.get(key);
    if (!entry || !isCurrent(entry, version, clock())) {
      entry = await evaluateServiceNow(name, scorecard, version);
      if (serviceCache.size >= MAX_CACHED_SERVICES) {
        const oldest = serviceCache.keys().next();
        if (oldest.done !== true) serviceCache.delete(oldest.value);
      }
    } else {
      serviceCache.delete(key); // re-inserted below: Map order is the recency order
    }
    serviceCache.set(key, entry);
    if (view === 'full') return entry;
    entry.summary ??= summaryOf(entry.value);
    return { value: entry.summary, results: entry.results };
  }

  async function evaluateServiceNow(name: string, scorecard: string | undefined, version: string): Promise<ServiceCacheEntry> {
    let subject: Subject;
    let scorecards: { compiled: CompiledScorecard; version: number }[];
    let attestations: Attestation[];
    const current = snapshot && isCurrent(snapshot, version, clock()) ? snapshot : undefined;
    const known = current?.byName.get(name);
    if (current && known) {
      subject = known;
      scorecards = current.scorecards;
      attestations = [...(current.attestations.get(name)?.values() ?? [])];
    } else {
      [subject, scorecards, attestations] = await Promise.all([subjects.one(name), allScorecards(), store.listAttestations(db, { service: name }).then((rows) => rows.map(attestationFromRow))]);
    }
    if (scorecard !== undefined) {
      const found = scorecards.find((entry) => entry.compiled.definition.name === scorecard);
      if (!found) throw new NotFoundError(`There is no scorecard "${scorecard}".`);
      scorecards = [found];
    }
    const at = clock();
    const compiled = scorecards.map((entry) => entry.compiled);
    const results = evaluateSubject(registry, compiled, subject, indexAttestations(attestations), at);
    return { version, validUntil: validUntilOf(at, attestations), value: serviceView(subject, compiled, results, at), results, summary: undefined };
  }

  async function scorecardResults(name: string, team: string | undefined): Promise<{ snap: Snapshot; compiled: CompiledScorecard; results: ScorecardResult[] }> {
    const snap = await currentSnapshot();
    const entry = snap.scorecards.find((candidate) => candidate.compiled.definition.name === name);
    if (!entry) throw new NotFoundError(`There is no scorecard "${name}".`);
    const all = snap.results.get(name) ?? [];
    return { snap, compiled: entry.compiled, results: team === undefined ? all : all.filter((result) => result.team === team) };
  }

  async function campaignWithProgress(campaign: Campaign): Promise<CampaignProgress> {
    const { snap, compiled, results } = await scorecardResults(campaign.scorecard, undefined);
    let selected = results;
    if (campaign.filter !== null) {
      const filter = compileExpression(registry, campaign.filter);
      selected = filter.ok
        ? results.filter((result) => {
            const subject = snap.byName.get(result.service);
            return subject !== undefined && appliesTo({ definition: compiled.definition, levelHasChecks: [], filter: filter.expression, checks: [] }, registry.activation(subject));
          })
        : [];
    }
    return campaignProgress(campaign, compiled.definition.levels, selected, clock());
  }

  // ---- History: stored when the evaluation changed, and at least once a day --------------

  /** The digest last stored today per `service/scorecard`, loaded from the database once a day. */
  let stored: { day: string; digests: Map<string, string>; snapshot: Snapshot | undefined } | undefined;
  let recording: Promise<{ evaluated: number; stored: number }> | undefined;

  async function storeChanges(force: boolean): Promise<{ evaluated: number; stored: number }> {
    const snap = await currentSnapshot();
    const day = startOfDay(snap.at);
    if (stored?.day !== day) {
      const digests = new Map<string, string>();
      for (const row of await store.evaluationsSince(db, day, {})) digests.set(`${row.service}/${row.scorecard}`, row.digest);
      stored = { day, digests, snapshot: undefined };
    }
    const evaluated = [...snap.results.values()].reduce((sum, results) => sum + results.length, 0);
    if (!force && stored.snapshot === snap) return { evaluated: 0, stored: 0 };
    const rows: NewEvaluationRow[] = [];
    const evaluatedAt = snap.at.toISOString();
    for (const results of snap.results.values()) {
      for (const result of results) {
        const key = `${result.service}/${result.scorecard}`;
        const digest = digestOf(result);
        const reason = recordReason(stored.digests.get(key), digest);
        if (reason === null) continue;
        rows.push({
          id: ulid(),
          service: result.service,
          team: result.team,
          scorecard: result.scorecard,
          level: result.level,
          score: result.score,
          passed: result.passed,
          total: result.total,
          failing: JSON.stringify(failingChecks(result)),
          digest,
          reason,
          evaluated_at: evaluatedAt,
        });
      }
    }
    await store.insertEvaluations(db, rows);
    for (const row of rows) stored.digests.set(`${row.service}/${row.scorecard}`, row.digest);
    stored.snapshot = snap;
    return { evaluated, stored: rows.length };
  }

  /** Stores what changed since the last stored evaluations (one run at a time). */
  async function recordChanges(force = false): Promise<{ evaluated: number; stored: number }> {
    while (recording) await recording.catch(() => undefined);
    const run = storeChanges(force).finally(() => {
      recording = undefined;
    });
    recording = run;
    return run;
  }

  return {
    /** The registered fact namespaces with their facts, types and descriptions. */
    facts(): FactNamespace[] {
      return registry.namespaces();
    },

    /** Validates an expression without saving anything. */
    validateExpression(expression: string) {
      const result = compileExpression(registry, expression);
      return result.ok
        ? { valid: true as const, facts: result.expression.references.map((reference) => reference.key), problem: null }
        : { valid: false as const, facts: [], problem: result.problem };
    },

    async listScorecards(): Promise<ScorecardView[]> {
      return (await allScorecards()).map(({ compiled, version }) => view(compiled, version));
    },

    async getScorecard(name: string): Promise<ScorecardView> {
      const { compiled, version } = await oneScorecard(name);
      return view(compiled, version);
    },

    async createScorecard(input: ScorecardInput, ctx: WriteContext): Promise<ScorecardView> {
      if (builtins.has(input.name)) throw new ConflictError(`"${input.name}" is the name of a built-in scorecard.`);
      const definition: ScorecardDefinition = {
        name: input.name,
        title: input.title,
        description: input.description ?? '',
        levels: input.levels ?? DEFAULT_LEVELS,
        filter: input.filter ?? null,
        builtin: false,
        checks: (input.checks ?? []).map((check, index) => checkFromInput(check, `/checks/${index}`)),
      };
      const compiled = compileOrRefuse(definition);
      const now = clock().toISOString();
      await db.transaction().execute(async (trx) => {
        if (await store.getScorecard(trx, definition.name)) throw new ConflictError(`A scorecard named "${definition.name}" already exists.`);
        await store.insertScorecard(trx, { name: definition.name, title: definition.title, description: definition.description, levels: JSON.stringify(definition.levels), filter: definition.filter, version: 1, created_at: now, updated_at: now });
        await saveChecks(trx, definition, 1, now);
        await recordAudit(trx, { actor: ctx.actor, action: 'create', entityType: 'readiness-scorecard', entityId: definition.name, after: definition, requestId: ctx.requestId });
      });
      return view(compiled, 1);
    },

    async updateScorecard(name: string, patch: ScorecardPatch, ctx: WriteContext): Promise<ScorecardView> {
      return db.transaction().execute(async (trx) => {
        const { row, definition: before } = await storedScorecard(trx, name);
        ctx.checkEtag?.(etagOfScorecard(before, row.version));
        const after: ScorecardDefinition = {
          ...before,
          title: patch.title ?? before.title,
          description: patch.description ?? before.description,
          levels: patch.levels ?? before.levels,
          filter: patch.filter === undefined ? before.filter : patch.filter,
        };
        const compiled = compileOrRefuse(after);
        const version = row.version + 1;
        const now = clock().toISOString();
        await store.updateScorecard(trx, name, { title: after.title, description: after.description, levels: JSON.stringify(after.levels), filter: after.filter, version, updated_at: now });
        await recordAudit(trx, { actor: ctx.actor, action: 'update', entityType: 'readiness-scorecard', entityId: name, before, after, requestId: ctx.requestId });
        return view(compiled, version);
      });
    },

    async deleteScorecard(name: string, ctx: WriteContext): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const { row, definition } = await storedScorecard(trx, name);
        ctx.checkEtag?.(etagOfScorecard(definition, row.version));
        const campaigns = (await store.listCampaigns(trx)).filter((campaign) => campaign.scorecard === name);
        if (campaigns.length > 0) throw new ConflictError(`Scorecard "${name}" is the target of ${campaigns.length} campaign(s); delete them first.`);
        await store.deleteScorecard(trx, name);
        await recordAudit(trx, { actor: ctx.actor, action: 'delete', entityType: 'readiness-scorecard', entityId: name, before: definition, requestId: ctx.requestId });
      });
      compiledCache.delete(name);
    },

    async addCheck(scorecard: string, input: CheckInput, ctx: WriteContext): Promise<ScorecardView> {
      return db.transaction().execute(async (trx) => {
        const { row, definition: before } = await storedScorecard(trx, scorecard);
        if (before.checks.some((check) => check.name === input.name)) throw new ConflictError(`Scorecard "${scorecard}" already has a check "${input.name}".`);
        const after: ScorecardDefinition = { ...before, checks: [...before.checks, checkFromInput(input, '')] };
        const compiled = compileOrRefuse(after);
        const version = row.version + 1;
        await saveChecks(trx, after, version, clock().toISOString());
        await recordAudit(trx, { actor: ctx.actor, action: 'create', entityType: 'readiness-check', entityId: `${scorecard}/${input.name}`, after: after.checks.at(-1), requestId: ctx.requestId });
        return view(compiled, version);
      });
    },

    async updateCheck(scorecard: string, name: string, patch: CheckPatch, ctx: WriteContext): Promise<ScorecardView> {
      return db.transaction().execute(async (trx) => {
        const { row, definition: before } = await storedScorecard(trx, scorecard);
        const index = before.checks.findIndex((check) => check.name === name);
        const current = before.checks[index];
        if (!current) throw new NotFoundError(`Scorecard "${scorecard}" has no check "${name}".`);
        ctx.checkEtag?.(etagOfScorecard(before, row.version));
        let rule = current.rule;
        if (patch.expression !== undefined || patch.validForDays !== undefined) rule = ruleOf(patch, '');
        const updated: CheckDefinition = {
          name,
          title: patch.title ?? current.title,
          description: patch.description ?? current.description,
          level: patch.level ?? current.level,
          group: patch.group === undefined ? current.group : patch.group,
          rule,
        };
        const after: ScorecardDefinition = { ...before, checks: before.checks.map((check, i) => (i === index ? updated : check)) };
        const compiled = compileOrRefuse(after);
        const version = row.version + 1;
        await saveChecks(trx, after, version, clock().toISOString());
        await recordAudit(trx, { actor: ctx.actor, action: 'update', entityType: 'readiness-check', entityId: `${scorecard}/${name}`, before: current, after: updated, requestId: ctx.requestId });
        return view(compiled, version);
      });
    },

    async deleteCheck(scorecard: string, name: string, ctx: WriteContext): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const { row, definition: before } = await storedScorecard(trx, scorecard);
        const current = before.checks.find((check) => check.name === name);
        if (!current) throw new NotFoundError(`Scorecard "${scorecard}" has no check "${name}".`);
        const after: ScorecardDefinition = { ...before, checks: before.checks.filter((check) => check.name !== name) };
        await saveChecks(trx, after, row.version + 1, clock().toISOString());
        await recordAudit(trx, { actor: ctx.actor, action: 'delete', entityType: 'readiness-check', entityId: `${scorecard}/${name}`, before: current, requestId: ctx.requestId });
      });
    },

    /** A service's readiness on every scorecard that applies (or one); a read: nothing is stored. */
    async serviceReadiness(name: string, filters: { scorecard?: string | undefined; view?: ReadinessView | undefined } = {}): Promise<ServiceReadiness> {
      return (await evaluateService(name, filters.scorecard, filters.view ?? 'full')).value;
    },

    /** The services × checks matrix of a scorecard with rollups per team (cached per data version). */
    async report(filters: { scorecard?: string | undefined; team?: string | undefined }): Promise<ReadinessReport> {
      const name = filters.scorecard ?? 'production-readiness';
      const { snap, compiled, results } = await scorecardResults(name, filters.team);
      const key = `${name}|${filters.team ?? ''}`;
      let report = snap.reports.get(key);
      if (!report) {
        report = buildReport(compiled.definition, results);
        snap.reports.set(key, report);
      }
      return report;
    },

    /**
     * Stores the evaluations that changed since the last stored ones, and the first of each
     * day. Cheap when nothing changed (one query); the server calls it on a timer.
     */
    recordChanges(): Promise<{ evaluated: number; stored: number }> {
      return recordChanges(false);
    },

    /** Evaluates every scorecard for every service now, storing what changed (POST /readiness/snapshots). */
    async snapshot(): Promise<{ evaluated: number }> {
      const { evaluated } = await recordChanges(true);
      return { evaluated };
    },

    async attest(service: string, input: AttestationInput, ctx: WriteContext): Promise<Attestation> {
      await catalog.get('service', service);
      const { compiled } = await oneScorecard(input.scorecard);
      const check = compiled.definition.checks.find((candidate) => candidate.name === input.check);
      if (!check) throw new ValidationError(`Scorecard "${input.scorecard}" has no check "${input.check}".`, [{ field: '/check', message: `no check "${input.check}" in scorecard "${input.scorecard}"` }]);
      if (check.rule.kind !== 'attestation') {
        throw new ValidationError(`Check "${input.check}" is evaluated automatically from facts and cannot be attested.`, [{ field: '/check', message: 'not an attestation check' }]);
      }
      const evidenceUrl = input.evidenceUrl?.trim() ?? '';
      const note = input.note?.trim() ?? '';
      if (evidenceUrl === '' && note === '') throw new ValidationError('An attestation needs evidence: a link or a note.', [{ field: '/evidenceUrl', message: 'give evidenceUrl or note' }]);
      const at = clock();
      const attestation: Attestation = {
        id: ulid(),
        scorecard: input.scorecard,
        check: input.check,
        service,
        evidenceUrl: evidenceUrl === '' ? null : evidenceUrl,
        note: note === '' ? null : note,
        attestedBy: ctx.actor.name,
        attestedAt: at.toISOString(),
        expiresAt: new Date(at.getTime() + check.rule.validForDays * DAY_MS).toISOString(),
      };
      await db.transaction().execute(async (trx) => {
        await store.insertAttestation(trx, {
          id: attestation.id,
          scorecard: attestation.scorecard,
          check_name: attestation.check,
          service,
          evidence_url: attestation.evidenceUrl,
          note: attestation.note,
          attested_by: attestation.attestedBy,
          attested_at: attestation.attestedAt,
          expires_at: attestation.expiresAt,
        });
        await recordAudit(trx, { actor: ctx.actor, action: 'create', entityType: 'readiness-attestation', entityId: attestation.id, after: attestation, requestId: ctx.requestId });
      });
      return attestation;
    },

    async listAttestations(filters: { service?: string | undefined; scorecard?: string | undefined }): Promise<Attestation[]> {
      return (await store.listAttestations(db, filters)).map(attestationFromRow);
    },

    async createCampaign(input: CampaignInput, ctx: WriteContext): Promise<CampaignProgress> {
      const { compiled } = await oneScorecard(input.scorecard);
      const errors: InvalidField[] = [];
      if (!compiled.definition.levels.includes(input.targetLevel)) errors.push({ field: '/targetLevel', message: `must be one of ${compiled.definition.levels.join(', ')}` });
      const filter = input.filter ?? null;
      if (filter !== null) {
        const result = compileExpression(registry, filter);
        if (!result.ok) errors.push({ field: '/filter', message: `${result.problem.message} (line ${result.problem.line}, column ${result.problem.column})` });
      }
      if (Number.isNaN(Date.parse(`${input.deadline}T00:00:00Z`))) errors.push({ field: '/deadline', message: 'must be a date (YYYY-MM-DD)' });
      if (errors.length > 0) throw new ValidationError('The campaign is invalid.', errors);
      const campaign: Campaign = {
        id: ulid(),
        title: input.title,
        description: input.description ?? '',
        scorecard: input.scorecard,
        targetLevel: input.targetLevel,
        filter,
        deadline: input.deadline,
        createdAt: clock().toISOString(),
      };
      await db.transaction().execute(async (trx) => {
        await store.insertCampaign(trx, {
          id: campaign.id,
          title: campaign.title,
          description: campaign.description,
          scorecard: campaign.scorecard,
          target_level: campaign.targetLevel,
          filter: campaign.filter,
          deadline: campaign.deadline,
          created_by: ctx.actor.name,
          created_at: campaign.createdAt,
        });
        await recordAudit(trx, { actor: ctx.actor, action: 'create', entityType: 'readiness-campaign', entityId: campaign.id, after: campaign, requestId: ctx.requestId });
      });
      return campaignWithProgress(campaign);
    },

    async listCampaigns(): Promise<Campaign[]> {
      return (await store.listCampaigns(db)).map(campaignFromRow);
    },

    async getCampaign(id: string): Promise<CampaignProgress> {
      const row = await store.getCampaign(db, id);
      if (!row) throw new NotFoundError(`There is no campaign "${id}".`);
      return campaignWithProgress(campaignFromRow(row));
    },

    async deleteCampaign(id: string, ctx: WriteContext): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const row = await store.getCampaign(trx, id);
        if (!row) throw new NotFoundError(`There is no campaign "${id}".`);
        await store.deleteCampaign(trx, id);
        await recordAudit(trx, { actor: ctx.actor, action: 'delete', entityType: 'readiness-campaign', entityId: id, before: campaignFromRow(row), requestId: ctx.requestId });
      });
    },

    /** A service's stored evaluations, or the daily trend of a team or a whole scorecard. */
    async history(filters: { scorecard?: string | undefined; service?: string | undefined; team?: string | undefined; days?: number | undefined }): Promise<ServiceHistory | GroupHistory> {
      const { compiled } = await oneScorecard(filters.scorecard ?? 'production-readiness');
      const scorecard = compiled.definition.name;
      const to = clock();
      const days = filters.days ?? 30;
      const from = new Date(to.getTime() - (days - 1) * DAY_MS);
      if (filters.service !== undefined) {
        const rows = await store.evaluationsSince(db, startOfDay(from), { service: filters.service, scorecard });
        const evaluations = rows.map(historyEntry);
        // Reads store nothing: an evaluation that changed since the last stored one (stored by
        // the next tick) is shown as the current one, so the history always ends with now.
        const [now] = (await evaluateService(filters.service, scorecard, 'summary')).results;
        if (now && rows.at(-1)?.digest !== digestOf(now)) {
          evaluations.push({ evaluatedAt: to.toISOString(), level: now.level, score: now.score, failing: failingChecks(now), reason: 'current' });
        }
        return { scope: 'service', service: filters.service, scorecard, evaluations };
      }
      // Evaluations before the window still set each service's starting point.
      const rows = await store.evaluationsSince(db, '', { scorecard, team: filters.team });
      const stored = rows.map((row) => ({ service: row.service, scorecard: row.scorecard, level: row.level, score: row.score, digest: row.digest, evaluatedAt: row.evaluated_at }));
      return { scope: filters.team === undefined ? 'scorecard' : 'team', team: filters.team ?? null, scorecard, points: dailyTrend(stored, compiled.definition.levels, from, to) };
    },
  };
}

function historyEntry(row: EvaluationRow): ServiceHistory['evaluations'][number] {
  const failing: unknown = JSON.parse(row.failing);
  return {
    evaluatedAt: row.evaluated_at,
    level: row.level,
    score: row.score,
    failing: Array.isArray(failing) ? failing.filter((item): item is string => typeof item === 'string') : [],
    reason: row.reason,
  };
}
