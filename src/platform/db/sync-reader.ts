/**
 * Synchronous reads for the hottest queries on SQLite (ADR 0021).
 *
 * Kysely runs every query through several layers of promises and the SQLite driver's
 * connection mutex; for a one-row read by key that costs more CPU than the read itself.
 * better-sqlite3 is synchronous, so a store can run a query Kysely compiled straight on a
 * prepared statement. It must not run on the writer's connection: while a transaction is
 * open there (between its awaits) a read on that connection would see uncommitted rows. The
 * reader is a second connection instead: in WAL mode it sees exactly what was committed
 * when the statement starts, never a transaction in flight, and never blocks the writer.
 *
 * Only the database a store was given outside a transaction has a reader: a transaction is
 * another Kysely instance, so `syncReaderOf(trx)` is undefined and the store takes Kysely's
 * path, which reads inside the transaction as it must. PostgreSQL has no reader either.
 */
import type { CompiledQuery, Kysely } from 'kysely';
import SQLite from 'better-sqlite3';
import { cacheStatements } from './statement-cache.js';

export interface SyncReader {
  /** The first row of a compiled SELECT, or undefined. */
  first<R>(query: CompiledQuery<R>): R | undefined;
  /** Every row of a compiled SELECT. */
  all<R>(query: CompiledQuery<R>): R[];
  /**
   * A number that changes whenever the database may have changed: at once for a write on
   * this process's writer connection, and within `RECHECK_MS` for a commit by another
   * process (a CLI import into the same file), seen through SQLite's `PRAGMA data_version`.
   */
  changes(): number;
  close(): void;
}

const RECHECK_MS = 1;
const readers = new WeakMap<object, SyncReader>();

export function syncReaderOf(db: Kysely<never> | object): SyncReader | undefined {
  return readers.get(db);
}

export function registerSyncReader(db: object, reader: SyncReader): void {
  readers.set(db, reader);
}

/**
 * A reader on the database file, opened on first use (the writer creates the file and runs
 * the migrations first). `query_only` makes a write through it an error, not a surprise.
 */
export function openSyncReader(file: string, localWrites: () => number): SyncReader {
  let connection: SQLite.Database | undefined;
  const open = (): SQLite.Database => {
    if (connection) return connection;
    const opened = new SQLite(file, { fileMustExist: true });
    opened.pragma('busy_timeout = 5000');
    opened.pragma('query_only = ON');
    connection = cacheStatements(opened);
    return connection;
  };
  const statement = (query: CompiledQuery) => open().prepare(query.sql);
  let dataVersion: SQLite.Statement<[], number> | undefined;
  // `data_version` costs a few microseconds (it reads the WAL index), as much as the rest of a
  // cached answer: it is asked at most once per RECHECK_MS. Local writes are counted exactly.
  let clock = 0;
  let seenLocal = Number.NaN;
  let seenData = Number.NaN;
  let checkedAt = Number.NEGATIVE_INFINITY;
  return {
    changes: () => {
      const local = localWrites();
      if (local !== seenLocal) {
        seenLocal = local;
        clock++;
      }
      const now = performance.now();
      if (now - checkedAt >= RECHECK_MS) {
        checkedAt = now;
        dataVersion ??= open().prepare<[], number>('PRAGMA data_version').pluck();
        const data = dataVersion.get() as number;
        if (data !== seenData) {
          seenData = data;
          clock++;
        }
      }
      return clock;
    },
    first: <R>(query: CompiledQuery<R>) => statement(query).get(query.parameters) as R | undefined,
    all: <R>(query: CompiledQuery<R>) => statement(query).all(query.parameters) as R[],
    close: () => {
      connection?.close();
      connection = undefined;
      dataVersion = undefined;
    },
  };
}

/** Statements that end a transaction: read-only to SQLite, yet they publish its writes. */
const ENDS_TRANSACTION = /^\s*(?:commit|end|release|rollback)\b/i;

/**
 * Counts the writes on a connection: Kysely's SQLite driver prepares every statement right
 * before running it synchronously, so counting at `prepare` is counting at execution.
 */
export function countWrites(database: SQLite.Database, onWrite: () => void): SQLite.Database {
  const prepare = database.prepare.bind(database);
  const counting = (sql: string): SQLite.Statement => {
    const statement = prepare(sql);
    if (!statement.readonly || ENDS_TRANSACTION.test(sql)) onWrite();
    return statement;
  };
  return Object.assign(database, { prepare: counting });
}
