/**
 * All SQL of the architecture module: plain functions taking `db` or a transaction,
 * portable across SQLite and PostgreSQL.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../platform/db/database.js';
import type {
  ArchAdrRow,
  ArchAdrUpdate,
  ArchPrincipleRow,
  ArchReviewCommentRow,
  ArchReviewerRow,
  ArchReviewRow,
  ArchReviewTemplateRow,
  NewArchAdrRow,
} from './architecture.table.js';

export type Db = Kysely<Database> | Transaction<Database>;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** `column LIKE %needle%` with an explicit escape character (SQLite has no default one). */
function contains(column: 'principles' | 'title' | 'body', needle: string, lower = false) {
  const pattern = `%${escapeLike(needle)}%`;
  return lower
    ? sql<boolean>`lower(${sql.ref(column)}) like ${pattern} escape '\\'`
    : sql<boolean>`${sql.ref(column)} like ${pattern} escape '\\'`;
}

// ---- Principles ----
export async function listPrinciples(db: Db): Promise<ArchPrincipleRow[]> {
  return db.selectFrom('arch_principles').selectAll().orderBy('position').orderBy('id').execute();
}

export async function getPrinciple(db: Db, id: string): Promise<ArchPrincipleRow | undefined> {
  return db.selectFrom('arch_principles').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertPrinciple(db: Db, row: ArchPrincipleRow): Promise<void> {
  await db.insertInto('arch_principles').values(row).execute();
}

export async function updatePrinciple(db: Db, id: string, update: Partial<ArchPrincipleRow>): Promise<void> {
  await db.updateTable('arch_principles').set(update).where('id', '=', id).execute();
}

export async function principleIds(db: Db): Promise<Set<string>> {
  const rows = await db.selectFrom('arch_principles').select('id').execute();
  return new Set(rows.map((r) => r.id));
}

// ---- ADRs ----
export interface AdrFilters {
  status?: string | undefined;
  scope?: string | undefined;
  scopeName?: string | undefined;
  principle?: string | undefined;
  repository?: string | undefined;
  q?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

export async function listAdrs(db: Db, filters: AdrFilters, after: string | undefined, limit: number): Promise<ArchAdrRow[]> {
  let query = db.selectFrom('arch_adrs').selectAll();
  if (filters.status !== undefined) query = query.where('status', '=', filters.status);
  if (filters.scope !== undefined) query = query.where('scope', '=', filters.scope);
  if (filters.scopeName !== undefined) query = query.where('scope_name', '=', filters.scopeName);
  if (filters.repository !== undefined) query = query.where('repository', '=', filters.repository);
  if (filters.principle !== undefined) query = query.where(contains('principles', JSON.stringify(filters.principle)));
  if (filters.from !== undefined) query = query.where('decided_on', '>=', filters.from);
  if (filters.to !== undefined) query = query.where('decided_on', '<=', filters.to);
  if (filters.q !== undefined && filters.q.trim() !== '') {
    for (const word of filters.q.trim().split(/\s+/)) {
      const needle = word.toLowerCase();
      query = query.where((eb) => eb.or([contains('title', needle, true), contains('body', needle, true)]));
    }
  }
  if (after !== undefined) query = query.where('id', '>', after);
  return query.orderBy('id').limit(limit).execute();
}

export async function getAdr(db: Db, id: string): Promise<ArchAdrRow | undefined> {
  return db.selectFrom('arch_adrs').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function getAdrsByIds(db: Db, ids: readonly string[]): Promise<ArchAdrRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('arch_adrs').selectAll().where('id', 'in', [...ids]).execute();
}

export async function adrsInCollection(db: Db, collection: string): Promise<ArchAdrRow[]> {
  return db.selectFrom('arch_adrs').selectAll().where('collection', '=', collection).orderBy('number').execute();
}

export async function maxNumber(db: Db, collection: string): Promise<number> {
  const row = await db
    .selectFrom('arch_adrs')
    .select((eb) => eb.fn.max<number | null>('number').as('max'))
    .where('collection', '=', collection)
    .executeTakeFirst();
  return row?.max ?? 0;
}

export async function insertAdr(db: Db, row: NewArchAdrRow): Promise<void> {
  await db.insertInto('arch_adrs').values(row).execute();
}

export async function updateAdr(db: Db, id: string, update: ArchAdrUpdate): Promise<void> {
  await db.updateTable('arch_adrs').set(update).where('id', '=', id).execute();
}

export async function adrsCitingPrinciple(db: Db, principle: string): Promise<ArchAdrRow[]> {
  return db
    .selectFrom('arch_adrs')
    .selectAll()
    .where(contains('principles', JSON.stringify(principle)))
    .orderBy('id')
    .execute();
}

// ---- Relations and history ----
export interface RelationRow {
  adr_id: string;
  kind: string;
  target_id: string;
}

export async function relationsOf(db: Db, id: string): Promise<RelationRow[]> {
  return db
    .selectFrom('arch_adr_relations')
    .select(['adr_id', 'kind', 'target_id'])
    .where((eb) => eb.or([eb('adr_id', '=', id), eb('target_id', '=', id)]))
    // A stable order on both dialects (timestamps may tie): by stating record, kind, target.
    .orderBy('adr_id')
    .orderBy('kind')
    .orderBy('target_id')
    .execute();
}

/** Every ADR, as a graph node, in id (creation) order. */
export async function adrNodes(db: Db): Promise<Pick<ArchAdrRow, 'id' | 'number' | 'title' | 'status'>[]> {
  return db.selectFrom('arch_adrs').select(['id', 'number', 'title', 'status']).orderBy('id').execute();
}

/** Every stated relation (the forward kinds; the inverse ones are derived). */
export async function allRelations(db: Db): Promise<RelationRow[]> {
  return db.selectFrom('arch_adr_relations').select(['adr_id', 'kind', 'target_id']).orderBy('adr_id').orderBy('kind').orderBy('target_id').execute();
}

export async function insertRelation(db: Db, row: RelationRow & { created_at: string }): Promise<boolean> {
  const existing = await db
    .selectFrom('arch_adr_relations')
    .select('adr_id')
    .where('adr_id', '=', row.adr_id)
    .where('kind', '=', row.kind)
    .where('target_id', '=', row.target_id)
    .executeTakeFirst();
  if (existing) return false;
  await db.insertInto('arch_adr_relations').values(row).execute();
  return true;
}

export async function deleteRelationsFrom(db: Db, id: string): Promise<void> {
  await db.deleteFrom('arch_adr_relations').where('adr_id', '=', id).execute();
}

export async function insertStatus(
  db: Db,
  row: { id: string; adr_id: string; status: string; at: string; actor: string; note: string | null },
): Promise<void> {
  await db.insertInto('arch_adr_status_history').values(row).execute();
}

export async function statusHistory(db: Db, id: string) {
  return db.selectFrom('arch_adr_status_history').select(['status', 'at', 'actor', 'note']).where('adr_id', '=', id).orderBy('id').execute();
}

// ---- Review templates ----
export async function listTemplates(db: Db): Promise<ArchReviewTemplateRow[]> {
  return db.selectFrom('arch_review_templates').selectAll().orderBy('id').execute();
}

export async function getTemplate(db: Db, id: string): Promise<ArchReviewTemplateRow | undefined> {
  return db.selectFrom('arch_review_templates').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertTemplate(db: Db, row: ArchReviewTemplateRow): Promise<void> {
  await db.insertInto('arch_review_templates').values(row).execute();
}

// ---- Reviews ----
export async function insertReview(db: Db, row: ArchReviewRow): Promise<void> {
  await db.insertInto('arch_reviews').values(row).execute();
}

export async function getReview(db: Db, id: string): Promise<ArchReviewRow | undefined> {
  return db.selectFrom('arch_reviews').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updateReview(db: Db, id: string, update: Partial<ArchReviewRow>): Promise<void> {
  await db.updateTable('arch_reviews').set(update).where('id', '=', id).execute();
}

export async function listReviews(
  db: Db,
  filters: { state?: string | undefined; service?: string | undefined; principle?: string | undefined },
  after: string | undefined,
  limit: number,
): Promise<ArchReviewRow[]> {
  let query = db.selectFrom('arch_reviews').selectAll();
  if (filters.state !== undefined) query = query.where('state', '=', filters.state);
  if (filters.service !== undefined) query = query.where('service', '=', filters.service);
  if (filters.principle !== undefined) query = query.where(contains('principles', JSON.stringify(filters.principle)));
  if (after !== undefined) query = query.where('id', '>', after);
  return query.orderBy('id').limit(limit).execute();
}

export async function insertReviewers(db: Db, rows: readonly ArchReviewerRow[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('arch_reviewers').values([...rows]).execute();
}

export async function reviewersOf(db: Db, reviewIds: readonly string[]): Promise<ArchReviewerRow[]> {
  if (reviewIds.length === 0) return [];
  return db.selectFrom('arch_reviewers').selectAll().where('review_id', 'in', [...reviewIds]).orderBy('reviewer').execute();
}

export async function setReviewerDecision(db: Db, reviewId: string, reviewer: string, decision: string, at: string | null): Promise<void> {
  await db.updateTable('arch_reviewers').set({ decision, decided_at: at }).where('review_id', '=', reviewId).where('reviewer', '=', reviewer).execute();
}

export async function resetReviewerDecisions(db: Db, reviewId: string): Promise<void> {
  await db.updateTable('arch_reviewers').set({ decision: 'pending', decided_at: null }).where('review_id', '=', reviewId).execute();
}

export async function insertComment(db: Db, row: ArchReviewCommentRow): Promise<void> {
  await db.insertInto('arch_review_comments').values(row).execute();
}

export async function getComment(db: Db, id: string): Promise<ArchReviewCommentRow | undefined> {
  return db.selectFrom('arch_review_comments').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function commentsOf(db: Db, reviewId: string): Promise<ArchReviewCommentRow[]> {
  return db.selectFrom('arch_review_comments').selectAll().where('review_id', '=', reviewId).orderBy('id').execute();
}
