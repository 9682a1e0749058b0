/** All SQL of the readiness module: plain functions taking a database or a transaction. */
import type { CompiledQuery, Kysely, Transaction, Insertable, Updateable } from 'kysely';
import type { Database } from '../../platform/db/database.js';
import type {
  AttestationRow,
  CampaignRow,
  CheckRow,
  EvaluationRow,
  NewCheckRow,
  NewEvaluationRow,
  ReadinessAttestationTable,
  ReadinessCampaignTable,
  ReadinessScorecardTable,
  ScorecardRow,
} from './readiness.table.js';

export type Db = Kysely<Database> | Transaction<Database>;

// --- scorecards and checks -----------------------------------------------------------------

export async function listScorecards(db: Db): Promise<ScorecardRow[]> {
  return db.selectFrom('readiness_scorecards').selectAll().orderBy('name').execute();
}

export async function getScorecard(db: Db, name: string): Promise<ScorecardRow | undefined> {
  return db.selectFrom('readiness_scorecards').selectAll().where('name', '=', name).executeTakeFirst();
}

export async function insertScorecard(db: Db, row: Insertable<ReadinessScorecardTable>): Promise<void> {
  await db.insertInto('readiness_scorecards').values(row).execute();
}

export async function updateScorecard(db: Db, name: string, changes: Updateable<ReadinessScorecardTable>): Promise<void> {
  await db.updateTable('readiness_scorecards').set(changes).where('name', '=', name).execute();
}

/** Bumps the version after a change to the scorecard's checks (cache key and ETag). */
export async function touchScorecard(db: Db, name: string, version: number, now: string): Promise<void> {
  await db.updateTable('readiness_scorecards').set({ version, updated_at: now }).where('name', '=', name).execute();
}

export async function deleteScorecard(db: Db, name: string): Promise<void> {
  await db.deleteFrom('readiness_checks').where('scorecard', '=', name).execute();
  await db.deleteFrom('readiness_scorecards').where('name', '=', name).execute();
}

export async function listChecks(db: Db, scorecard?: string): Promise<CheckRow[]> {
  let query = db.selectFrom('readiness_checks').selectAll();
  if (scorecard !== undefined) query = query.where('scorecard', '=', scorecard);
  return query.orderBy('scorecard').orderBy('position').execute();
}

export async function insertCheck(db: Db, row: NewCheckRow): Promise<void> {
  await db.insertInto('readiness_checks').values(row).execute();
}

export async function updateCheck(db: Db, scorecard: string, name: string, changes: Updateable<CheckRow>): Promise<void> {
  await db.updateTable('readiness_checks').set(changes).where('scorecard', '=', scorecard).where('name', '=', name).execute();
}

export async function deleteCheck(db: Db, scorecard: string, name: string): Promise<void> {
  await db.deleteFrom('readiness_checks').where('scorecard', '=', scorecard).where('name', '=', name).execute();
}

// --- attestations ---------------------------------------------------------------------------

export async function insertAttestation(db: Db, row: Insertable<ReadinessAttestationTable>): Promise<void> {
  await db.insertInto('readiness_attestations').values(row).execute();
}

export async function listAttestations(db: Db, filters: { service?: string | undefined; scorecard?: string | undefined }): Promise<AttestationRow[]> {
  let query = db.selectFrom('readiness_attestations').selectAll();
  if (filters.service !== undefined) query = query.where('service', '=', filters.service);
  if (filters.scorecard !== undefined) query = query.where('scorecard', '=', filters.scorecard);
  return query.orderBy('attested_at', 'desc').orderBy('id', 'desc').execute();
}

// --- campaigns ------------------------------------------------------------------------------

export async function insertCampaign(db: Db, row: Insertable<ReadinessCampaignTable>): Promise<void> {
  await db.insertInto('readiness_campaigns').values(row).execute();
}

export async function listCampaigns(db: Db): Promise<CampaignRow[]> {
  return db.selectFrom('readiness_campaigns').selectAll().orderBy('deadline').orderBy('id').execute();
}

export async function getCampaign(db: Db, id: string): Promise<CampaignRow | undefined> {
  return db.selectFrom('readiness_campaigns').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function deleteCampaign(db: Db, id: string): Promise<void> {
  await db.deleteFrom('readiness_campaigns').where('id', '=', id).execute();
}

// --- evaluation history ---------------------------------------------------------------------

export async function insertEvaluations(db: Db, rows: readonly NewEvaluationRow[]): Promise<void> {
  // Chunked: PostgreSQL and SQLite both cap the number of bound parameters per statement.
  for (let i = 0; i < rows.length; i += 500) await db.insertInto('readiness_evaluations').values(rows.slice(i, i + 500)).execute();
}

/** Evaluations since an instant, for one service or one scorecard (or both), oldest first. */
export async function evaluationsSince(db: Db, since: string, filters: { service?: string | undefined; scorecard?: string | undefined; team?: string | undefined }): Promise<EvaluationRow[]> {
  let query = db.selectFrom('readiness_evaluations').selectAll().where('evaluated_at', '>=', since);
  if (filters.service !== undefined) query = query.where('service', '=', filters.service);
  if (filters.scorecard !== undefined) query = query.where('scorecard', '=', filters.scorecard);
  if (filters.team !== undefined) query = query.where('team', '=', filters.team);
  return query.orderBy('evaluated_at').orderBy('id').execute();
}

// --- change detection -----------------------------------------------------------------------

/**
 * The id of the newest audit-log row, or '' for none: the data version that evaluations are
 * cached against. Every write of every module is audited in its own transaction (see
 * docs/architecture.md), so a new id means facts, scorecards or attestations may have changed.
 */
export async function latestChange(db: Kysely<Database>): Promise<string> {
  // Asked on every read: compiled once per database, not rebuilt by the query builder each time.
  let compiled = latestChangeQueries.get(db);
  if (!compiled) {
    compiled = db.selectFrom('audit_log').select('id').orderBy('id', 'desc').limit(1).compile();
    latestChangeQueries.set(db, compiled);
  }
  const { rows } = await db.executeQuery(compiled);
  return rows[0]?.id ?? '';
}

const latestChangeQueries = new WeakMap<Kysely<Database>, CompiledQuery<{ id: string }>>();
