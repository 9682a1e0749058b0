/** SQL of the idempotency keys: the first response stored per (actor, key). */
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../db/database.js';
import type { IdempotencyTable } from '../db/platform.table.js';

export type StoredResponse = Selectable<IdempotencyTable>;

export async function findStoredResponse(db: Kysely<Database>, actorId: string, key: string): Promise<StoredResponse | undefined> {
  return db.selectFrom('idempotency_keys').selectAll().where('actor_id', '=', actorId).where('key', '=', key).executeTakeFirst();
}

/** Keeps the first response: a concurrent duplicate that lost the race changes nothing. */
export async function storeResponse(db: Kysely<Database>, response: StoredResponse): Promise<void> {
  await db
    .insertInto('idempotency_keys')
    .values(response)
    .onConflict((oc) => oc.columns(['actor_id', 'key']).doNothing())
    .execute();
}
