import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import type { NewTokenRow, TokenRow } from '../db/platform.table.js';

type Db = Kysely<Database>;

export async function insertToken(db: Db, row: NewTokenRow): Promise<void> {
  await db.insertInto('tokens').values(row).execute();
}

export async function findActiveTokenByHash(db: Db, hash: string, now: string): Promise<TokenRow | undefined> {
  return db
    .selectFrom('tokens')
    .selectAll()
    .where('token_hash', '=', hash)
    .where('revoked_at', 'is', null)
    .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', now)]))
    .executeTakeFirst();
}

/** The names among `names` that an active (unrevoked, unexpired) token of one of `roles` carries. */
export async function activeTokenNames(db: Db, names: readonly string[], roles: readonly string[], now: string): Promise<Set<string>> {
  if (names.length === 0) return new Set();
  const rows = await db
    .selectFrom('tokens')
    .select('name')
    .where('name', 'in', [...names])
    .where('role', 'in', [...roles])
    .where('revoked_at', 'is', null)
    .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', now)]))
    .execute();
  return new Set(rows.map((row) => row.name));
}

export async function findTokenById(db: Db, id: string): Promise<TokenRow | undefined> {
  return db.selectFrom('tokens').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findTokensByName(db: Db, name: string): Promise<TokenRow[]> {
  return db.selectFrom('tokens').selectAll().where('name', '=', name).execute();
}

export async function listTokenRows(db: Db): Promise<TokenRow[]> {
  return db.selectFrom('tokens').selectAll().orderBy('id').execute();
}

export async function countTokens(db: Db): Promise<number> {
  const row = await db.selectFrom('tokens').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return row.n;
}

export async function markRevoked(db: Db, id: string, at: string): Promise<void> {
  await db.updateTable('tokens').set({ revoked_at: at }).where('id', '=', id).execute();
  await db.deleteFrom('sessions').where('token_id', '=', id).execute();
}
