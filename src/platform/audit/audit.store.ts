import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/database.js';
import type { AuditRow, AuditTable } from '../db/platform.table.js';

export async function insertAudit(trx: Kysely<Database> | Transaction<Database>, row: AuditTable): Promise<void> {
  await trx.insertInto('audit_log').values(row).execute();
}

export interface AuditQuery {
  readonly entityType?: string | undefined;
  readonly entityId?: string | undefined;
  /** Rows older than this id (ids are ULIDs: newest first paging). */
  readonly before?: string | undefined;
  readonly limit: number;
}

export async function listAudit(db: Kysely<Database>, query: AuditQuery): Promise<AuditRow[]> {
  let q = db.selectFrom('audit_log').selectAll();
  if (query.entityType !== undefined) q = q.where('entity_type', '=', query.entityType);
  if (query.entityId !== undefined) q = q.where('entity_id', '=', query.entityId);
  if (query.before !== undefined) q = q.where('id', '<', query.before);
  return q.orderBy('id', 'desc').limit(query.limit).execute();
}
