import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../db/dialect.js';
import { migrateToLatest } from '../db/migrate.js';
import { syncReaderOf } from '../db/sync-reader.js';
import { LOCAL_ACTOR } from './actor.js';
import { TokenCache } from './token-cache.js';
import { createToken, revokeToken } from './tokens.js';

const opened: { database: OpenedDatabase; dir: string }[] = [];
async function open(dir = mkdtempSync(join(tmpdir(), 'gw-tokens-'))): Promise<OpenedDatabase> {
  const database = openDatabase({ dataDir: dir });
  await migrateToLatest(database.db);
  opened.push({ database, dir });
  return database;
}
afterEach(async () => {
  for (const { database, dir } of opened.splice(0)) {
    await database.db.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
});
const pastRecheck = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('the token cache', () => {
  it('forgets a token revoked by another process at once on SQLite, not after its one-second TTL', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gw-tokens-'));
    const server = await open(dir);
    const reader = syncReaderOf(server.db);
    if (!reader) throw new Error('no reader');
    const cache = new TokenCache(server.db, () => reader.changes());
    const { token } = await createToken(server.db, LOCAL_ACTOR, { name: 'ci', role: 'viewer' });
    expect(await cache.authenticate(token)).toMatchObject({ name: 'ci', role: 'viewer' });

    const cli = await open(dir); // `groundwork token revoke --data DIR`: another connection
    await revokeToken(cli.db, LOCAL_ACTOR, 'ci');
    await pastRecheck();
    expect(await cache.authenticate(token)).toBeUndefined();
  });

  it('keeps a token for its TTL without a change clock (PostgreSQL), and refuses unknown ones', async () => {
    const database = await open();
    const cache = new TokenCache(database.db);
    const { token } = await createToken(database.db, LOCAL_ACTOR, { name: 'ci', role: 'member' });
    expect(await cache.authenticate(token)).toMatchObject({ name: 'ci' });
    const other = new TokenCache(database.db);
    await revokeToken(database.db, LOCAL_ACTOR, 'ci');
    expect(await cache.authenticate(token)).toMatchObject({ name: 'ci' }); // within the TTL
    expect(await other.authenticate(token)).toBeUndefined();
    expect(await cache.authenticate('gw_not-a-token')).toBeUndefined();
  });
});
