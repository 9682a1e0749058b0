import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import type { SessionTable } from '../db/platform.table.js';

type Db = Kysely<Database>;

export async function insertSession(db: Db, row: SessionTable): Promise<void> {
  await db.insertInto('sessions').values(row).execute();
}

export async function findLiveSession(db: Db, idHash: string, now: string): Promise<SessionTable | undefined> {
  return db.selectFrom('sessions').selectAll().where('id_hash', '=', idHash).where('expires_at', '>', now).executeTakeFirst();
}

export async function deleteSession(db: Db, idHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
}
