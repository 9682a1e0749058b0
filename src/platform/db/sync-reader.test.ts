import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CompiledQuery, sql } from 'kysely';
import { openDatabase, type OpenedDatabase } from './dialect.js';
import { syncReaderOf } from './sync-reader.js';

const opened: { database: OpenedDatabase; dir: string }[] = [];
function open(dir = mkdtempSync(join(tmpdir(), 'gw-reader-'))): OpenedDatabase {
  const database = openDatabase({ dataDir: dir });
  opened.push({ database, dir });
  return database;
}
afterEach(async () => {
  for (const { database, dir } of opened.splice(0)) {
    await database.db.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
});

const count = CompiledQuery.raw('select count(*) as n from t') as CompiledQuery<{ n: number }>;
const waitPastRecheck = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('the SQLite reader connection', () => {
  it('exists for a file database outside transactions only, and not in memory', async () => {
    const { db } = open();
    expect(syncReaderOf(db)).toBeDefined();
    await db.transaction().execute(async (trx) => {
      expect(syncReaderOf(trx)).toBeUndefined();
      await Promise.resolve();
    });
    const memory = openDatabase({ dataDir: ':memory:' });
    expect(syncReaderOf(memory.db)).toBeUndefined();
    await memory.db.destroy();
  });

  it('never sees a transaction in flight on the writer, and sees it once committed', async () => {
    const { db } = open();
    await sql`create table t (n integer)`.execute(db);
    const reader = syncReaderOf(db);
    if (!reader) throw new Error('no reader');
    await db.transaction().execute(async (trx) => {
      await sql`insert into t values (1)`.execute(trx);
      // The writer connection would answer 1 here; the reader still sees the committed state.
      expect(reader.first(count)?.n).toBe(0);
    });
    expect(reader.first(count)?.n).toBe(1);
    expect(reader.all(CompiledQuery.raw('select n from t'))).toEqual([{ n: 1 }]);
  });

  it('refuses to write', async () => {
    const { db } = open();
    await sql`create table t (n integer)`.execute(db);
    const reader = syncReaderOf(db);
    expect(() => reader?.first(CompiledQuery.raw('insert into t values (1) returning n'))).toThrow(/readonly|query_only|attempt to write/i);
  });

  it('changes() moves at once for a local write or commit, not for a read', async () => {
    const { db } = open();
    await sql`create table t (n integer)`.execute(db);
    const reader = syncReaderOf(db);
    if (!reader) throw new Error('no reader');
    await waitPastRecheck();
    const start = reader.changes();
    await sql`select count(*) from t`.execute(db);
    expect(reader.changes()).toBe(start);
    await sql`insert into t values (1)`.execute(db);
    const afterInsert = reader.changes();
    expect(afterInsert).not.toBe(start);
    await db.transaction().execute(async (trx) => {
      await sql`insert into t values (2)`.execute(trx);
    });
    expect(reader.changes()).not.toBe(afterInsert);
  });

  it('changes() sees a commit by another process within a few milliseconds', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gw-reader-'));
    const { db } = open(dir);
    await sql`create table t (n integer)`.execute(db);
    const reader = syncReaderOf(db);
    if (!reader) throw new Error('no reader');
    const other = open(dir);
    await waitPastRecheck();
    const before = reader.changes();
    await sql`insert into t values (7)`.execute(other.db);
    await waitPastRecheck();
    expect(reader.changes()).not.toBe(before);
    expect(reader.first(count)?.n).toBe(1);
  });
});
