/**
 * Opens the database from configuration: PostgreSQL when a URL is given, else an embedded
 * SQLite file under the data directory. Every dialect difference lives here, so stores
 * stay dialect-free.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import type { Database } from './database.js';
import { cacheStatements } from './statement-cache.js';
import { countWrites, openSyncReader, registerSyncReader } from './sync-reader.js';

export interface DatabaseConfig {
  readonly databaseUrl?: string | undefined;
  readonly dataDir: string;
  readonly poolSize?: number | undefined;
}

export type DialectName = 'sqlite' | 'postgres';

export interface OpenedDatabase {
  readonly db: Kysely<Database>;
  readonly dialect: DialectName;
  /** Connections in use / idle / waiting, for the metrics endpoint. */
  readonly poolStats: () => { total: number; idle: number; waiting: number };
}

// PostgreSQL returns int8 (count(*), bigint) as strings; our counts fit in a double.
pg.types.setTypeParser(pg.types.builtins.INT8, (value: string) => Number.parseInt(value, 10));

export function openDatabase(config: DatabaseConfig): OpenedDatabase {
  if (config.databaseUrl) return openPostgres(config.databaseUrl, config.poolSize ?? 10);
  return openSqlite(config.dataDir);
}

function openPostgres(url: string, poolSize: number): OpenedDatabase {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle client's network error must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    dialect: 'postgres',
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
  };
}

function openSqlite(dataDir: string): OpenedDatabase {
  const file = dataDir === ':memory:' ? ':memory:' : join(ensureDir(dataDir), 'groundwork.db');
  const database = new SQLite(file);
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  database.pragma('synchronous = NORMAL');
  if (file === ':memory:') {
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: cacheStatements(database) }) });
    return { db, dialect: 'sqlite', poolStats: () => ({ total: 1, idle: 1, waiting: 0 }) };
  }
  let writes = 0;
  const reader = openSyncReader(file, () => writes);
  // Kysely's driver closes the writer on destroy(); the reader goes with it.
  const closeWriter = database.close.bind(database);
  database.close = () => {
    reader.close();
    return closeWriter();
  };
  const writer = countWrites(cacheStatements(database), () => {
    writes++;
  });
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: writer }) });
  registerSyncReader(db, reader);
  return { db, dialect: 'sqlite', poolStats: () => ({ total: 1, idle: 1, waiting: 0 }) };
}

function ensureDir(dir: string): string {
  mkdirSync(dir, { recursive: true });
  return dir;
}
