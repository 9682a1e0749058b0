/** `groundwork serve` and `groundwork token create|list|revoke`. */
import type { Command } from 'commander';
import { loadConfig } from '../config.js';
import { startServer } from '../server.js';
import { CliError } from '../cli/cli-error.js';
import { addDatabaseOptions, withDatabase, type DatabaseFlags } from '../cli/database-options.js';
import { formatTable, printJson } from '../cli/output.js';
import { LOCAL_ACTOR } from './auth/actor.js';
import { createToken, listTokens, revokeToken } from './auth/tokens.js';

interface ServeFlags {
  host?: string;
  port?: string;
  data?: string;
  databaseUrl?: string;
  logLevel?: string;
}

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('Start the Groundwork server (HTTP API and web UI)')
    .option('--host <host>', 'interface to listen on (env GROUNDWORK_HOST)', undefined)
    .option('--port <port>', 'port to listen on (env GROUNDWORK_PORT, default 8080)')
    .option('--data <dir>', 'SQLite data directory (env GROUNDWORK_DATA, default ./data)')
    .option('--database-url <url>', 'use PostgreSQL at this URL (env DATABASE_URL)')
    .option('--log-level <level>', 'fatal|error|warn|info|debug|trace|silent (env GROUNDWORK_LOG_LEVEL)')
    .action(async (flags: ServeFlags) => {
      let config;
      try {
        config = loadConfig(flags);
      } catch (error) {
        throw new CliError(error instanceof Error ? error.message : String(error));
      }
      await startServer(config, { handleSignals: true });
    });
}

interface TokenCreateFlags extends DatabaseFlags {
  name: string;
  role: string;
  expires?: string;
  json?: boolean;
}

export function registerTokenCommands(program: Command): void {
  const token = program.command('token').description('Manage API tokens directly in the database (no server needed)');
  addDatabaseOptions(
    token
      .command('create')
      .description('Create a token and print it (shown only once)')
      .requiredOption('--name <name>', 'a name that says who or what uses it')
      .requiredOption('--role <role>', 'viewer | member | admin')
      .option('--expires <iso-date>', 'expiry date-time (ISO 8601)')
      .option('--json', 'print {"token": ..., "info": ...}'),
  ).action(async (flags: TokenCreateFlags) => {
    const created = await withDatabase(flags, ({ db }) =>
      createToken(db, LOCAL_ACTOR, { name: flags.name, role: flags.role, expiresAt: flags.expires }),
    );
    if (flags.json === true) printJson(created);
    else process.stdout.write(`${created.token}\n`);
  });
  addDatabaseOptions(token.command('list').description('List tokens (never their secrets)').option('--json', 'JSON output')).action(
    async (flags: DatabaseFlags & { json?: boolean }) => {
      const tokens = await withDatabase(flags, ({ db }) => listTokens(db));
      if (flags.json === true) {
        printJson(tokens);
        return;
      }
      const rows = tokens.map((t) => [t.id, t.name, t.role, t.createdAt, t.expiresAt ?? '-', t.revokedAt ?? '-']);
      process.stdout.write(formatTable(['ID', 'NAME', 'ROLE', 'CREATED', 'EXPIRES', 'REVOKED'], rows));
    },
  );
  addDatabaseOptions(
    token.command('revoke').description('Revoke a token by id or name').argument('<id-or-name>').option('--json', 'JSON output'),
  ).action(async (idOrName: string, flags: DatabaseFlags & { json?: boolean }) => {
    const revoked = await withDatabase(flags, ({ db }) => revokeToken(db, LOCAL_ACTOR, idOrName));
    if (flags.json === true) printJson(revoked);
    else process.stdout.write(`revoked ${revoked.name} (${revoked.id})\n`);
  });
}
