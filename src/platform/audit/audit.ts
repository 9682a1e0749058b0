/**
 * The audit log: every write stores who, what, when and the before/after JSON, inside
 * the same transaction as the write itself (callers pass their transaction).
 */
import { monotonicFactory } from 'ulid';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/database.js';
import type { Actor } from '../auth/actor.js';
import { insertAudit } from './audit.store.js';

const nextId = monotonicFactory();

export interface AuditEntry {
  readonly actor: Actor;
  readonly action: string;
  readonly entityType: string;
  readonly entityId: string;
  readonly before?: unknown;
  readonly after?: unknown;
  readonly requestId?: string | undefined;
}

export async function recordAudit(trx: Kysely<Database> | Transaction<Database>, entry: AuditEntry): Promise<void> {
  await insertAudit(trx, {
    id: nextId(),
    at: new Date().toISOString(),
    actor_id: entry.actor.id,
    actor_name: entry.actor.name,
    action: entry.action,
    entity_type: entry.entityType,
    entity_id: entry.entityId,
    before_json: entry.before === undefined ? null : JSON.stringify(entry.before),
    after_json: entry.after === undefined ? null : JSON.stringify(entry.after),
    request_id: entry.requestId ?? null,
  });
}
