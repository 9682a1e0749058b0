/**
 * The databases every storage and API test runs against: SQLite always, PostgreSQL when
 * reachable. Locally a missing PostgreSQL skips those runs with a notice; in CI (CI=true)
 * it fails the run. Each opened database is fresh and dropped afterwards.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, type OpenedDatabase } from '../src/platform/db/dialect.js';
import { migrateToLatest } from '../src/platform/db/migrate.js';

export interface TestDatabase {
  readonly database: OpenedDatabase;
  /** The `--data`/`--database-url` flags that reach the same database from the CLI. */
  readonly cliFlags: readonly string[];
  readonly cleanup: () => Promise<void>;
}

export interface TestDialect {
  readonly name: 'sqlite' | 'postgres';
  readonly open: () => Promise<TestDatabase>;
}

const ADMIN_URL = process.env.GROUNDWORK_TEST_DATABASE_URL ?? 'postgres://postgres:postgres@127.0.0.1:5432/postgres';

const sqlite: TestDialect = {
  name: 'sqlite',
  open: async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gw-test-'));
    const database = openDatabase({ dataDir: dir });
    await migrateToLatest(database.db);
    return {
      database,
      cliFlags: ['--data', dir],
      cleanup: async () => {
        await database.db.destroy();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

let counter = 0;
const postgres: TestDialect = {
  name: 'postgres',
  open: async () => {
    counter += 1;
    const name = `gw_test_${process.pid}_${Date.now().toString(36)}_${counter}`;
    await adminQuery(`create database "${name}"`);
    const url = new URL(ADMIN_URL);
    url.pathname = `/${name}`;
    const database = openDatabase({ databaseUrl: url.toString(), dataDir: '', poolSize: 5 });
    await migrateToLatest(database.db);
    return {
      database,
      cliFlags: ['--database-url', url.toString()],
      cleanup: async () => {
        await database.db.destroy();
        await adminQuery(`drop database if exists "${name}" with (force)`);
      },
    };
  },
};

async function postgresReachable(): Promise<boolean> {
  try {
    await adminQuery('select 1');
    return true;
  } catch {
    return false;
  }
}

async function availableDialects(): Promise<TestDialect[]> {
  if (process.env.GROUNDWORK_TEST_SQLITE_ONLY === 'true') return [sqlite];
  if (await postgresReachable()) return [sqlite, postgres];
  if (process.env.CI === 'true') {
    throw new Error(`PostgreSQL is required in CI but not reachable at ${ADMIN_URL.replace(/:[^:@/]*@/, ':***@')}`);
  }
  console.warn(`[groundwork tests] PostgreSQL not reachable at ${ADMIN_URL}: skipping the PostgreSQL runs.`);
  return [sqlite];
}

export const DIALECTS: readonly TestDialect[] = await availableDialects();
