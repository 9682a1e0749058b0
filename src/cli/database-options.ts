/** `--data DIR` / `--database-url URL` for commands that work on the database directly. */
import type { Command } from 'commander';
import { loadConfig } from '../config.js';
import { openDatabase, type OpenedDatabase } from '../platform/db/dialect.js';
import { migrateToLatest } from '../platform/db/migrate.js';

export interface DatabaseFlags {
  data?: string;
  databaseUrl?: string;
}

export function addDatabaseOptions(command: Command): Command {
  return command
    .option('--data <dir>', 'SQLite data directory (env GROUNDWORK_DATA, default ./data)')
    .option('--database-url <url>', 'PostgreSQL URL (env DATABASE_URL)');
}

/** Opens and migrates the database, runs `work`, and always closes it. */
export async function withDatabase<T>(flags: DatabaseFlags, work: (database: OpenedDatabase) => Promise<T>): Promise<T> {
  const config = loadConfig({ data: flags.data, databaseUrl: flags.databaseUrl });
  const database = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 2 });
  try {
    await migrateToLatest(database.db);
    return await work(database);
  } finally {
    await database.db.destroy();
  }
}
