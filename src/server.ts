/**
 * Runs the server: opens the database, migrates, prints the first-start admin token,
 * listens, and on SIGTERM/SIGINT drains in-flight requests and closes the database.
 */
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import type { Config } from './config.js';
import { openDatabase } from './platform/db/dialect.js';
import { migrateToLatest } from './platform/db/migrate.js';
import { createInitialAdminToken } from './platform/auth/tokens.js';

export interface RunningServer {
  readonly app: FastifyInstance;
  readonly url: string;
  readonly close: () => Promise<void>;
}

export interface StartOptions {
  readonly out?: NodeJS.WritableStream;
  /** Drain and exit on SIGTERM/SIGINT (the CLI); tests that embed the server leave it off. */
  readonly handleSignals?: boolean;
}

export async function startServer(config: Config, options: StartOptions = {}): Promise<RunningServer> {
  const out = options.out ?? process.stdout;
  const database = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: config.dbPoolSize });
  try {
    await migrateToLatest(database.db);
  } catch (error) {
    await database.db.destroy();
    throw error;
  }
  const initialToken = await createInitialAdminToken(database.db);
  const app = await buildApp(config, { database });
  app.addHook('onClose', async () => {
    await database.db.destroy();
  });
  if (initialToken !== undefined) {
    // Printed once, outside the logs, so it never lands in a log pipeline.
    out.write(
      `\nFirst start: an admin token was created. It is shown only this once:\n\n    ${initialToken}\n\nUse it as "Authorization: Bearer <token>" or paste it into the sign-in page.\n\n`,
    );
  }
  // Handlers go in before listening, so a signal that arrives early still drains cleanly.
  if (options.handleSignals === true) closeOnSignals(app);
  const url = await app.listen({ host: config.host, port: config.port });
  out.write(`Groundwork is serving ${url}\n`);
  return { app, url, close: () => app.close() };
}

function closeOnSignals(app: FastifyInstance): void {
  let closing = false;
  const shutdown = (signal: string): void => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down: draining requests');
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => {
    shutdown('SIGTERM');
  });
  process.once('SIGINT', () => {
    shutdown('SIGINT');
  });
}
