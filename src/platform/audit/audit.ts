/**
 * The audit log: every write stores who, what, when and the before/after JSON, inside
 * the same transaction as the write itself (callers pass their transaction).
 */
import { monotonicFactory } from 'ulid';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/database.js';
import type { Actor } from '../auth/actor.js';
import type { AuditRow } from '../db/platform.table.js';
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

/** An audit entry as the API and the CLI show it. */
export interface AuditView {
  readonly id: string;
  readonly at: string;
  readonly actor: { readonly id: string; readonly name: string };
  readonly action: string;
  readonly entityType: string;
  readonly entityId: string;
  readonly before: unknown;
  readonly after: unknown;
  readonly requestId: string | null;
}

/** `service` or `service:payments` → the type and, when given, the id (ids may hold colons). */
export function parseEntityFilter(filter: string | undefined): { entityType?: string; entityId?: string } {
  const [entityType = '', ...rest] = (filter ?? '').split(':');
  return {
    ...(entityType === '' ? {} : { entityType }),
    ...(rest.length > 0 ? { entityId: rest.join(':') } : {}),
  };
}

export function toAuditView(row: AuditRow): AuditView {
  return {
    id: row.id,
    at: row.at,
    actor: { id: row.actor_id, name: row.actor_name },
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    before: row.before_json === null ? null : (JSON.parse(row.before_json) as unknown),
    after: row.after_json === null ? null : (JSON.parse(row.after_json) as unknown),
    requestId: row.request_id,
  };
}
