/**
 * Architecture use cases: principles, ADRs (numbering, relations kept consistent on both
 * ends, status history, push from a repository) and design reviews (state machine,
 * reviewers, threaded comments, decide → ADR). Every write runs in one transaction with
 * its audit row.
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { monotonicFactory } from 'ulid';
import type { Actor } from '../../platform/auth/actor.js';
import { namesThatCanWrite } from '../../platform/auth/tokens.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Database } from '../../platform/db/database.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError, type InvalidField } from '../../platform/errors.js';
import { toPage, type Page, type PageRequest } from '../../platform/http/pagination.js';
import {
  adrBodyFromReview,
  allowedActions,
  canStart,
  INVERSE_RELATION,
  isAdrStatus,
  isOverdue,
  isRelationKind,
  stateAfterDecisions,
  type AdrScope,
  type AdrStatus,
  type RelationKind,
  type ReviewAction,
  type ReviewerDecision,
  type ReviewSection,
  type ReviewState,
} from './architecture.js';
import type {
  Adr,
  AdrCreate,
  AdrGraph,
  AdrPatch,
  AdrSummary,
  Comment,
  Principle,
  PrincipleCreate,
  PrincipleDetail,
  PrinciplePatch,
  PushBody,
  PushResult,
  Review,
  ReviewCreate,
  ReviewTemplateBody,
  ReviewTemplateResponse,
} from './architecture.schema.js';
import * as store from './architecture.store.js';
import type { ArchAdrRow, ArchPrincipleRow, ArchReviewRow } from './architecture.table.js';
import { BUILT_IN_TEMPLATES, type ReviewTemplate, type TemplateSection } from './review-templates.js';

export interface WriteContext {
  readonly actor: Actor;
  readonly requestId?: string | undefined;
  /** Throws 412 when the caller's If-Match names another version. */
  readonly checkEtag?: ((etag: string) => void) | undefined;
}

export interface ArchitectureOptions {
  /** Days a reviewer may take before a review is listed as overdue (default 5). */
  readonly overdueDays?: number;
  readonly now?: () => Date;
}

export interface Versioned<T> {
  readonly value: T;
  readonly etag: string;
}

const nextId = monotonicFactory();
const ADR_STATUS_FALLBACK: AdrStatus = 'proposed';

function parseList(json: string): string[] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function parseSections(json: string): ReviewSection[] {
  const value: unknown = JSON.parse(json);
  if (!Array.isArray(value)) return [];
  return value.flatMap((v: unknown) => {
    if (typeof v !== 'object' || v === null) return [];
    const { key, title, prompt, content } = v as Record<string, unknown>;
    return typeof key === 'string' && typeof title === 'string'
      ? [{ key, title, prompt: typeof prompt === 'string' ? prompt : '', content: typeof content === 'string' ? content : '' }]
      : [];
  });
}

function asStatus(value: string): AdrStatus {
  return isAdrStatus(value) ? value : ADR_STATUS_FALLBACK;
}

function asScope(value: string): AdrScope {
  return value === 'service' || value === 'system' ? value : 'organization';
}

function asState(value: string): ReviewState {
  const states: readonly string[] = ['draft', 'in-review', 'approved', 'changes-requested', 'decided', 'withdrawn'];
  return states.includes(value) ? (value as ReviewState) : 'draft';
}

function asDecision(value: string): ReviewerDecision {
  return value === 'approved' || value === 'changes-requested' ? value : 'pending';
}

function principleOf(row: ArchPrincipleRow): Principle {
  return {
    id: row.id,
    position: row.position,
    name: row.name,
    statement: row.statement,
    rationale: row.rationale,
    examples: parseList(row.examples),
  };
}

function summaryOf(row: ArchAdrRow): AdrSummary {
  return {
    id: row.id,
    number: row.number,
    collection: row.collection,
    scope: asScope(row.scope),
    scopeName: row.scope_name,
    repository: row.repository,
    title: row.title,
    status: asStatus(row.status),
    date: row.decided_on,
    principles: parseList(row.principles),
    reviewId: row.review_id,
    updatedAt: row.updated_at,
  };
}

function adrEtag(row: ArchAdrRow): string {
  return `"adr-${row.id}-${row.version}"`;
}

function collectionOf(scope: AdrScope, scopeName: string): string {
  return `${scope}:${scopeName}`;
}

export type ArchitectureService = ReturnType<typeof createArchitectureService>;

export function createArchitectureService(db: Kysely<Database>, options: ArchitectureOptions = {}) {
  const now = options.now ?? (() => new Date());
  const defaultOverdueDays = options.overdueDays ?? 5;
  const iso = () => now().toISOString();
  const today = () => iso().slice(0, 10);

  async function audit(trx: store.Db, ctx: WriteContext, action: string, entityType: string, entityId: string, before: unknown, after: unknown) {
    await recordAudit(trx, { actor: ctx.actor, action, entityType, entityId, before, after, requestId: ctx.requestId });
  }

  async function checkPrinciples(trx: store.Db, ids: readonly string[], field: string): Promise<InvalidField[]> {
    const known = await store.principleIds(trx);
    return ids.flatMap((id, i) => (known.has(id) ? [] : [{ field: `${field}/${i}`, message: `no principle "${id}"` }]));
  }

  // ---------------------------------------------------------------- principles
  async function listPrinciples(): Promise<Principle[]> {
    return (await store.listPrinciples(db)).map(principleOf);
  }

  async function getPrinciple(id: string): Promise<PrincipleDetail> {
    const row = await store.getPrinciple(db, id);
    if (!row) throw new NotFoundError(`There is no principle "${id}".`);
    const adrs = await store.adrsCitingPrinciple(db, id);
    const reviews = await store.listReviews(db, { principle: id }, undefined, 10_000);
    return {
      ...principleOf(row),
      citedBy: {
        adrs: adrs.map((a) => ({ id: a.id, number: a.number, title: a.title, status: a.status })),
        reviews: reviews.map((r) => ({ id: r.id, title: r.title, state: r.state })),
      },
    };
  }

  async function createPrinciple(input: PrincipleCreate, ctx: WriteContext): Promise<Principle> {
    return db.transaction().execute(async (trx) => {
      if (await store.getPrinciple(trx, input.id)) throw new ConflictError(`A principle "${input.id}" already exists.`, { type: 'already-exists' });
      const existing = await store.listPrinciples(trx);
      const at = iso();
      const row: ArchPrincipleRow = {
        id: input.id,
        position: input.position ?? existing.length + 1,
        name: input.name,
        statement: input.statement,
        rationale: input.rationale ?? '',
        examples: JSON.stringify(input.examples ?? []),
        created_at: at,
        updated_at: at,
      };
      await store.insertPrinciple(trx, row);
      await audit(trx, ctx, 'create', 'principle', row.id, undefined, row);
      return principleOf(row);
    });
  }

  /** Changes a principle; a new position moves it there and renumbers the list 1..n. */
  async function updatePrinciple(id: string, patch: PrinciplePatch, ctx: WriteContext): Promise<Principle> {
    return db.transaction().execute(async (trx) => {
      const row = await store.getPrinciple(trx, id);
      if (!row) throw new NotFoundError(`There is no principle "${id}".`);
      const at = iso();
      await store.updatePrinciple(trx, id, {
        ...(patch.name !== undefined ? { name: patch.name } : {}),
        ...(patch.statement !== undefined ? { statement: patch.statement } : {}),
        ...(patch.rationale !== undefined ? { rationale: patch.rationale } : {}),
        ...(patch.examples !== undefined ? { examples: JSON.stringify(patch.examples) } : {}),
        updated_at: at,
      });
      if (patch.position !== undefined) {
        const others = (await store.listPrinciples(trx)).filter((p) => p.id !== id);
        const index = Math.min(patch.position - 1, others.length);
        const ordered = [...others.slice(0, index), row, ...others.slice(index)];
        for (const [i, p] of ordered.entries()) {
          if (p.position !== i + 1 || p.id === id) await store.updatePrinciple(trx, p.id, { position: i + 1 });
        }
      }
      const after = await store.getPrinciple(trx, id);
      if (!after) throw new NotFoundError(`There is no principle "${id}".`);
      await audit(trx, ctx, 'update', 'principle', id, principleOf(row), principleOf(after));
      return principleOf(after);
    });
  }

  // ---------------------------------------------------------------- ADRs
  async function mustGetAdr(trx: store.Db, id: string): Promise<ArchAdrRow> {
    const row = await store.getAdr(trx, id);
    if (!row) throw new NotFoundError(`There is no ADR "${id}".`);
    return row;
  }

  async function fullAdr(trx: store.Db, row: ArchAdrRow): Promise<Versioned<Adr>> {
    const relations = await store.relationsOf(trx, row.id);
    const otherIds = relations.map((r) => (r.adr_id === row.id ? r.target_id : r.adr_id));
    const others = new Map((await store.getAdrsByIds(trx, otherIds)).map((o) => [o.id, o]));
    const history = await store.statusHistory(trx, row.id);
    return {
      value: {
        ...summaryOf(row),
        file: row.file,
        deciders: parseList(row.deciders),
        body: row.body,
        relations: relations.flatMap((r) => {
          const outgoing = r.adr_id === row.id;
          const other = others.get(outgoing ? r.target_id : r.adr_id);
          if (!other || !isRelationKind(r.kind)) return [];
          return [
            {
              kind: outgoing ? r.kind : INVERSE_RELATION[r.kind],
              adr: { id: other.id, number: other.number, title: other.title, status: other.status },
            },
          ];
        }),
        history,
        createdAt: row.created_at,
      },
      etag: adrEtag(row),
    };
  }

  async function setStatus(trx: store.Db, row: ArchAdrRow, status: AdrStatus, ctx: WriteContext, note: string | null): Promise<void> {
    if (row.status === status) return;
    await store.updateAdr(trx, row.id, { status, version: row.version + 1, updated_at: iso() });
    await store.insertStatus(trx, { id: nextId(), adr_id: row.id, status, at: iso(), actor: ctx.actor.name, note });
  }

  /** Adds a relation; `supersedes` also marks the target superseded, so both ends agree. */
  async function relate(trx: store.Db, source: ArchAdrRow, kind: RelationKind, targetId: string, ctx: WriteContext): Promise<boolean> {
    if (targetId === source.id) throw new ValidationError('An ADR cannot relate to itself.', [{ field: 'body/target', message: 'is the ADR itself' }]);
    const target = await store.getAdr(trx, targetId);
    if (!target) throw new ValidationError(`There is no ADR "${targetId}" to relate to.`, [{ field: 'body/target', message: 'no such ADR' }]);
    const added = await store.insertRelation(trx, { adr_id: source.id, kind, target_id: target.id, created_at: iso() });
    if (kind === 'supersedes') {
      await setStatus(trx, target, 'superseded', ctx, `superseded by ${source.number}. ${source.title}`);
    }
    return added;
  }

  async function listAdrs(
    filters: { status?: string; service?: string; scope?: string; principle?: string; repository?: string; q?: string; from?: string; to?: string },
    page: PageRequest,
  ): Promise<Page<AdrSummary>> {
    const scopeFilters =
      filters.service !== undefined ? { scope: 'service', scopeName: filters.service } : { scope: filters.scope, scopeName: undefined };
    const rows = await store.listAdrs(db, { ...filters, ...scopeFilters }, page.after, page.limit + 1);
    return toPage(rows, page.limit, (r) => r.id, summaryOf);
  }

  /** Every ADR and relation in two queries, for the decision graph. */
  async function adrGraph(): Promise<AdrGraph> {
    const [nodes, relations] = await Promise.all([store.adrNodes(db), store.allRelations(db)]);
    const known = new Set(nodes.map((node) => node.id));
    const edges = relations.flatMap(({ adr_id: source, target_id: target, kind }) =>
      known.has(source) && known.has(target) && isRelationKind(kind) ? [{ id: `${source}->${target}:${kind}`, source, target, kind }] : [],
    );
    return { nodes, edges };
  }

  async function getAdr(id: string): Promise<Versioned<Adr>> {
    return fullAdr(db, await mustGetAdr(db, id));
  }

  async function createAdr(input: AdrCreate, ctx: WriteContext): Promise<Versioned<Adr>> {
    return db.transaction().execute(async (trx) => {
      const scope = input.scope ?? 'organization';
      const scopeName = scope === 'organization' ? '' : (input.scopeName ?? '').trim();
      const errors = await checkPrinciples(trx, input.principles ?? [], 'body/principles');
      if (scope !== 'organization' && scopeName === '') errors.push({ field: 'body/scopeName', message: `a ${scope} ADR needs the ${scope} name` });
      const targets = await store.getAdrsByIds(trx, (input.relations ?? []).map((r) => r.target));
      (input.relations ?? []).forEach((r, i) => {
        if (!targets.some((t) => t.id === r.target)) errors.push({ field: `body/relations/${i}/target`, message: `no ADR "${r.target}"` });
      });
      if (errors.length > 0) throw new ValidationError('The ADR refers to things that do not exist.', errors);
      const collection = collectionOf(scope, scopeName);
      const at = iso();
      const status = input.status ?? 'proposed';
      const row: ArchAdrRow = {
        id: nextId(),
        collection,
        number: (await store.maxNumber(trx, collection)) + 1,
        scope,
        scope_name: scopeName,
        repository: null,
        file: null,
        title: input.title,
        status,
        decided_on: input.date ?? today(),
        deciders: JSON.stringify(input.deciders ?? []),
        body: input.body ?? '',
        principles: JSON.stringify(input.principles ?? []),
        review_id: null,
        content_hash: null,
        version: 1,
        created_at: at,
        updated_at: at,
      };
      await store.insertAdr(trx, row);
      await store.insertStatus(trx, { id: nextId(), adr_id: row.id, status, at, actor: ctx.actor.name, note: 'created' });
      for (const relation of input.relations ?? []) await relate(trx, row, relation.kind, relation.target, ctx);
      const created = await fullAdr(trx, await mustGetAdr(trx, row.id));
      await audit(trx, ctx, 'create', 'adr', row.id, undefined, created.value);
      return created;
    });
  }

  async function updateAdr(id: string, patch: AdrPatch, ctx: WriteContext): Promise<Versioned<Adr>> {
    return db.transaction().execute(async (trx) => {
      const row = await mustGetAdr(trx, id);
      ctx.checkEtag?.(adrEtag(row));
      const before = (await fullAdr(trx, row)).value;
      const errors = await checkPrinciples(trx, patch.principles ?? [], 'body/principles');
      if (errors.length > 0) throw new ValidationError('The ADR cites principles that do not exist.', errors);
      await store.updateAdr(trx, id, {
        ...(patch.title !== undefined ? { title: patch.title } : {}),
        ...(patch.date !== undefined ? { decided_on: patch.date } : {}),
        ...(patch.deciders !== undefined ? { deciders: JSON.stringify(patch.deciders) } : {}),
        ...(patch.body !== undefined ? { body: patch.body } : {}),
        ...(patch.principles !== undefined ? { principles: JSON.stringify(patch.principles) } : {}),
        version: row.version + 1,
        updated_at: iso(),
      });
      if (patch.status !== undefined) await setStatus(trx, await mustGetAdr(trx, id), patch.status, ctx, patch.statusNote ?? null);
      const after = await fullAdr(trx, await mustGetAdr(trx, id));
      await audit(trx, ctx, 'update', 'adr', id, before, after.value);
      return after;
    });
  }

  async function addRelation(id: string, input: { kind: RelationKind; target: string }, ctx: WriteContext): Promise<Versioned<Adr>> {
    return db.transaction().execute(async (trx) => {
      const row = await mustGetAdr(trx, id);
      if (!(await relate(trx, row, input.kind, input.target, ctx))) {
        throw new ConflictError(`ADR ${row.number} already ${input.kind} that ADR.`, { type: 'already-exists' });
      }
      await store.updateAdr(trx, id, { version: row.version + 1, updated_at: iso() });
      const after = await fullAdr(trx, await mustGetAdr(trx, id));
      await audit(trx, ctx, 'relate', 'adr', id, undefined, { kind: input.kind, target: input.target });
      return after;
    });
  }

  /** Stores a repository's records: matched by repository and number, rewritten only when changed. */
  async function pushRepository(repository: string, body: PushBody, ctx: WriteContext): Promise<PushResult> {
    return db.transaction().execute(async (trx) => {
      const numbers = new Set(body.records.map((r) => r.number));
      const existing = await store.adrsInCollection(trx, repository);
      const known = new Set([...numbers, ...existing.map((e) => e.number)]);
      const errors: InvalidField[] = [];
      const seen = new Set<number>();
      body.records.forEach((record, i) => {
        if (seen.has(record.number)) errors.push({ field: `body/records/${i}/number`, message: `number ${record.number} appears twice` });
        seen.add(record.number);
        record.relations.forEach((relation, j) => {
          if (!known.has(relation.target)) {
            errors.push({ field: `body/records/${i}/relations/${j}`, message: `${record.file} ${relation.kind} ADR ${relation.target}, which does not exist` });
          }
        });
      });
      if (errors.length > 0) throw new ValidationError(`The records of ${repository} have broken relations or duplicate numbers.`, errors);

      const byNumber = new Map(existing.map((e) => [e.number, e]));
      const scope: AdrScope = body.service !== undefined ? 'service' : 'organization';
      const result: PushResult = { repository, created: [], updated: [], unchanged: [] };
      const changed: { row: ArchAdrRow; relations: readonly { kind: RelationKind; target: number }[] }[] = [];
      for (const record of body.records) {
        const hash = createHash('sha256').update(JSON.stringify([body.service ?? null, record])).digest('hex');
        const current = byNumber.get(record.number);
        if (current?.content_hash === hash) {
          result.unchanged.push(record.number);
          continue;
        }
        const at = iso();
        const fields = {
          scope,
          scope_name: body.service ?? '',
          repository,
          file: record.file,
          title: record.title,
          decided_on: record.date ?? null,
          deciders: JSON.stringify(record.deciders ?? []),
          body: record.body,
          content_hash: hash,
          updated_at: at,
        };
        if (current) {
          await store.updateAdr(trx, current.id, { ...fields, version: current.version + 1 });
          if (current.status !== record.status) {
            await store.updateAdr(trx, current.id, { status: record.status });
            await store.insertStatus(trx, { id: nextId(), adr_id: current.id, status: record.status, at, actor: ctx.actor.name, note: `pushed from ${repository}` });
          }
          result.updated.push(record.number);
          changed.push({ row: await mustGetAdr(trx, current.id), relations: record.relations });
        } else {
          const row: ArchAdrRow = {
            id: nextId(),
            collection: repository,
            number: record.number,
            status: record.status,
            principles: '[]',
            review_id: null,
            version: 1,
            created_at: at,
            ...fields,
          };
          await store.insertAdr(trx, row);
          await store.insertStatus(trx, { id: nextId(), adr_id: row.id, status: record.status, at, actor: ctx.actor.name, note: `pushed from ${repository}` });
          byNumber.set(row.number, row);
          result.created.push(record.number);
          changed.push({ row, relations: record.relations });
        }
      }
      // Relations after every record exists, so records may point forward in the folder.
      for (const { row, relations } of changed) {
        await store.deleteRelationsFrom(trx, row.id);
        for (const relation of relations) {
          const target = byNumber.get(relation.target);
          if (target) await store.insertRelation(trx, { adr_id: row.id, kind: relation.kind, target_id: target.id, created_at: iso() });
        }
      }
      await audit(trx, ctx, 'push', 'adr-repository', repository, undefined, result);
      return result;
    });
  }

  // ---------------------------------------------------------------- review templates
  async function listTemplates(): Promise<ReviewTemplateResponse[]> {
    const custom = (await store.listTemplates(db)).map((row) => ({
      id: row.id,
      name: row.name,
      builtIn: false,
      sections: templateSections(row.sections),
    }));
    return [...BUILT_IN_TEMPLATES.map((t) => ({ ...t, sections: [...t.sections] })), ...custom];
  }

  function templateSections(json: string): TemplateSection[] {
    return parseSections(json).map(({ key, title, prompt }) => ({ key, title, prompt }));
  }

  async function findTemplate(trx: store.Db, id: string): Promise<ReviewTemplate | undefined> {
    const builtIn = BUILT_IN_TEMPLATES.find((t) => t.id === id);
    if (builtIn) return builtIn;
    const row = await store.getTemplate(trx, id);
    return row ? { id: row.id, name: row.name, builtIn: false, sections: templateSections(row.sections) } : undefined;
  }

  async function createTemplate(input: ReviewTemplateBody, ctx: WriteContext): Promise<ReviewTemplateResponse> {
    return db.transaction().execute(async (trx) => {
      if (await findTemplate(trx, input.id)) throw new ConflictError(`A review template "${input.id}" already exists.`, { type: 'already-exists' });
      const keys = input.sections.map((s) => s.key);
      const duplicate = keys.find((k, i) => keys.indexOf(k) !== i);
      if (duplicate !== undefined) throw new ValidationError('Section keys must be unique.', [{ field: 'body/sections', message: `"${duplicate}" appears twice` }]);
      await store.insertTemplate(trx, { id: input.id, name: input.name, sections: JSON.stringify(input.sections), created_at: iso() });
      await audit(trx, ctx, 'create', 'review-template', input.id, undefined, input);
      return { id: input.id, name: input.name, builtIn: false, sections: input.sections };
    });
  }

  // ---------------------------------------------------------------- reviews
  async function mustGetReview(trx: store.Db, id: string): Promise<ArchReviewRow> {
    const row = await store.getReview(trx, id);
    if (!row) throw new NotFoundError(`There is no design review "${id}".`);
    return row;
  }

  function threads(rows: Awaited<ReturnType<typeof store.commentsOf>>): Comment[] {
    const byId = new Map<string, Comment>();
    const roots: Comment[] = [];
    for (const row of rows) {
      const comment: Comment = { id: row.id, section: row.section, parentId: row.parent_id, author: row.author, body: row.body, createdAt: row.created_at, replies: [] };
      byId.set(row.id, comment);
      const parent = row.parent_id === null ? undefined : byId.get(row.parent_id);
      if (parent) parent.replies.push(comment);
      else roots.push(comment);
    }
    return roots;
  }

  async function reviewOf(trx: store.Db, row: ArchReviewRow, overdueDays = defaultOverdueDays): Promise<Review> {
    const reviewers = await store.reviewersOf(trx, [row.id]);
    const state = asState(row.state);
    const decisions = reviewers.map((r) => asDecision(r.decision));
    return {
      id: row.id,
      title: row.title,
      templateId: row.template_id,
      state,
      author: row.author_name,
      service: row.service,
      requiredApprovals: row.required_approvals,
      reviewers: reviewers.map((r) => ({ name: r.reviewer, decision: r.decision, decidedAt: r.decided_at })),
      sections: parseSections(row.sections),
      principles: parseList(row.principles),
      adrId: row.adr_id,
      submittedAt: row.submitted_at,
      overdue: isOverdue({ state, submittedAt: row.submitted_at }, decisions, now(), overdueDays),
      allowedActions: allowedActions(state),
      comments: threads(await store.commentsOf(trx, row.id)),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }

  async function createReview(input: ReviewCreate, ctx: WriteContext): Promise<Review> {
    return db.transaction().execute(async (trx) => {
      const templateId = input.template ?? 'system-design-review';
      const template = await findTemplate(trx, templateId);
      const errors = await checkPrinciples(trx, input.principles ?? [], 'body/principles');
      if (!template) errors.push({ field: 'body/template', message: `no review template "${templateId}"` });
      const reviewers = [...new Set(input.reviewers.map((r) => r.trim()))];
      if (reviewers.includes(ctx.actor.name)) errors.push({ field: 'body/reviewers', message: 'the author cannot review their own design' });
      const known = await namesThatCanWrite(trx, reviewers);
      for (const [index, reviewer] of reviewers.entries()) {
        if (!known.has(reviewer)) errors.push({ field: `body/reviewers/${String(index)}`, message: `no active member or admin token is named "${reviewer}"` });
      }
      const required = input.requiredApprovals ?? reviewers.length;
      if (required > reviewers.length) {
        errors.push({ field: 'body/requiredApprovals', message: `needs ${required} approvals but only ${reviewers.length} reviewers are named` });
      }
      if (errors.length > 0 || !template) throw new ValidationError('The design review cannot be created as asked.', errors);
      const at = iso();
      const row: ArchReviewRow = {
        id: nextId(),
        title: input.title,
        template_id: template.id,
        state: 'draft',
        author_id: ctx.actor.id,
        author_name: ctx.actor.name,
        service: input.service ?? null,
        required_approvals: required,
        sections: JSON.stringify(template.sections.map((s) => ({ ...s, content: '' }))),
        principles: JSON.stringify(input.principles ?? []),
        adr_id: null,
        submitted_at: null,
        version: 1,
        created_at: at,
        updated_at: at,
      };
      await store.insertReview(trx, row);
      await store.insertReviewers(trx, reviewers.map((reviewer) => ({ review_id: row.id, reviewer, decision: 'pending', decided_at: null })));
      const review = await reviewOf(trx, row);
      await audit(trx, ctx, 'create', 'review', row.id, undefined, review);
      return review;
    });
  }

  async function getReview(id: string, overdueDays?: number): Promise<Review> {
    return reviewOf(db, await mustGetReview(db, id), overdueDays);
  }

  async function listReviews(
    filters: { state?: string; service?: string; overdue?: boolean; overdueDays?: number },
    page: PageRequest,
  ): Promise<Page<Review>> {
    if (filters.overdue === true) {
      // Overdue depends on the clock, not on a column: read the reviews in review and filter.
      const rows = await store.listReviews(db, { state: 'in-review', service: filters.service }, undefined, 100_000);
      const reviews = await Promise.all(rows.map((r) => reviewOf(db, r, filters.overdueDays)));
      return { items: reviews.filter((r) => r.overdue), nextCursor: null };
    }
    const rows = await store.listReviews(db, filters, page.after, page.limit + 1);
    const pageRows = toPage(rows, page.limit, (r) => r.id, (r) => r);
    return { items: await Promise.all(pageRows.items.map((r) => reviewOf(db, r, filters.overdueDays))), nextCursor: pageRows.nextCursor };
  }

  async function updateSection(id: string, key: string, content: string, ctx: WriteContext): Promise<Review> {
    return db.transaction().execute(async (trx) => {
      const row = await mustGetReview(trx, id);
      if (row.author_id !== ctx.actor.id) throw new ForbiddenError('Only the author edits the sections of a design review.');
      const state = asState(row.state);
      if (state !== 'draft' && state !== 'changes-requested') {
        throw new ConflictError(`Sections can be edited while the review is draft or changes-requested, not ${state}.`, { type: 'illegal-transition' });
      }
      const sections = parseSections(row.sections);
      const section = sections.find((s) => s.key === key);
      if (!section) throw new NotFoundError(`The review has no section "${key}".`);
      const updated = sections.map((s) => (s.key === key ? { ...s, content } : s));
      await store.updateReview(trx, id, { sections: JSON.stringify(updated), version: row.version + 1, updated_at: iso() });
      await audit(trx, ctx, 'update-section', 'review', id, { key, content: section.content }, { key, content });
      return reviewOf(trx, await mustGetReview(trx, id));
    });
  }

  async function addComment(id: string, input: { body: string; section?: string | undefined; parentId?: string | undefined }, ctx: WriteContext): Promise<Review> {
    return db.transaction().execute(async (trx) => {
      const row = await mustGetReview(trx, id);
      const errors: InvalidField[] = [];
      if (input.section !== undefined && !parseSections(row.sections).some((s) => s.key === input.section)) {
        errors.push({ field: 'body/section', message: `the review has no section "${input.section}"` });
      }
      let section = input.section ?? null;
      if (input.parentId !== undefined) {
        const parent = await store.getComment(trx, input.parentId);
        if (parent?.review_id !== id) errors.push({ field: 'body/parentId', message: 'no such comment on this review' });
        else section = parent.section;
      }
      if (errors.length > 0) throw new ValidationError('The comment refers to something the review does not have.', errors);
      const comment = { id: nextId(), review_id: id, section, parent_id: input.parentId ?? null, author: ctx.actor.name, body: input.body, created_at: iso() };
      await store.insertComment(trx, comment);
      await audit(trx, ctx, 'comment', 'review', id, undefined, comment);
      return reviewOf(trx, row);
    });
  }

  async function transition(id: string, action: ReviewAction, note: string | undefined, ctx: WriteContext): Promise<Review> {
    return db.transaction().execute(async (trx) => {
      const row = await mustGetReview(trx, id);
      const state = asState(row.state);
      if (!canStart(action, state)) {
        const allowed = allowedActions(state);
        throw new ConflictError(
          `Cannot ${action} a review that is ${state}; allowed now: ${allowed.length > 0 ? allowed.join(', ') : 'nothing (it is final)'}.`,
          { type: 'illegal-transition', details: { state, action, allowed } },
        );
      }
      const reviewers = await store.reviewersOf(trx, [id]);
      const isAuthor = row.author_id === ctx.actor.id;
      const at = iso();
      let next: ReviewState = state;
      const update: Partial<ArchReviewRow> = {};
      switch (action) {
        case 'submit':
          if (!isAuthor) throw new ForbiddenError('Only the author submits a design review.');
          await store.resetReviewerDecisions(trx, id);
          next = 'in-review';
          update.submitted_at = at;
          break;
        case 'withdraw':
          if (!isAuthor) throw new ForbiddenError('Only the author withdraws a design review.');
          next = 'withdrawn';
          break;
        case 'approve':
        case 'request-changes': {
          if (!reviewers.some((r) => r.reviewer === ctx.actor.name)) throw new ForbiddenError('Only the reviewers of this design review approve or request changes.');
          const decision: ReviewerDecision = action === 'approve' ? 'approved' : 'changes-requested';
          await store.setReviewerDecision(trx, id, ctx.actor.name, decision, at);
          const decisions = reviewers.map((r) => (r.reviewer === ctx.actor.name ? decision : asDecision(r.decision)));
          next = stateAfterDecisions(decisions, row.required_approvals);
          break;
        }
        case 'decide': {
          if (!isAuthor && ctx.actor.role !== 'admin') throw new ForbiddenError('Only the author (or an admin) records the decision.');
          next = 'decided';
          update.adr_id = await adrFromReview(trx, row, reviewers.filter((r) => r.decision === 'approved').map((r) => r.reviewer), ctx);
          break;
        }
      }
      await store.updateReview(trx, id, { ...update, state: next, version: row.version + 1, updated_at: at });
      if (note !== undefined && note.trim() !== '') {
        await store.insertComment(trx, { id: nextId(), review_id: id, section: null, parent_id: null, author: ctx.actor.name, body: `${action}: ${note}`, created_at: at });
      }
      await audit(trx, ctx, action, 'review', id, { state }, { state: next });
      return reviewOf(trx, await mustGetReview(trx, id));
    });
  }

  /** Creates (or updates) the ADR a decided review becomes; links it back to the review. */
  async function adrFromReview(trx: store.Db, review: ArchReviewRow, approvedBy: readonly string[], ctx: WriteContext): Promise<string> {
    const principles = parseList(review.principles);
    const body = adrBodyFromReview({ id: review.id, title: review.title, sections: parseSections(review.sections), principles, approvedBy });
    const deciders = [review.author_name, ...approvedBy];
    const at = iso();
    if (review.adr_id !== null) {
      const existing = await mustGetAdr(trx, review.adr_id);
      await store.updateAdr(trx, existing.id, { title: review.title, body, deciders: JSON.stringify(deciders), principles: JSON.stringify(principles), version: existing.version + 1, updated_at: at });
      await setStatus(trx, existing, 'accepted', ctx, `decided in review ${review.id}`);
      return existing.id;
    }
    const scope: AdrScope = review.service !== null ? 'service' : 'organization';
    const scopeName = review.service ?? '';
    const collection = collectionOf(scope, scopeName);
    const row: ArchAdrRow = {
      id: nextId(),
      collection,
      number: (await store.maxNumber(trx, collection)) + 1,
      scope,
      scope_name: scopeName,
      repository: null,
      file: null,
      title: review.title,
      status: 'accepted',
      decided_on: today(),
      deciders: JSON.stringify(deciders),
      body,
      principles: JSON.stringify(principles),
      review_id: review.id,
      content_hash: null,
      version: 1,
      created_at: at,
      updated_at: at,
    };
    await store.insertAdr(trx, row);
    await store.insertStatus(trx, { id: nextId(), adr_id: row.id, status: 'accepted', at, actor: ctx.actor.name, note: `decided in review ${review.id}` });
    await audit(trx, ctx, 'create', 'adr', row.id, undefined, summaryOf(row));
    return row.id;
  }

  return {
    listPrinciples,
    getPrinciple,
    createPrinciple,
    updatePrinciple,
    listAdrs,
    adrGraph,
    getAdr,
    createAdr,
    updateAdr,
    addRelation,
    pushRepository,
    listTemplates,
    createTemplate,
    createReview,
    getReview,
    listReviews,
    updateSection,
    addComment,
    transition,
  };
}
