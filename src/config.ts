/** One typed configuration from flags, then environment, then defaults. */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Config {
  readonly host: string;
  readonly port: number;
  readonly dataDir: string;
  readonly databaseUrl: string | undefined;
  readonly dbPoolSize: number;
  readonly logLevel: string;
  readonly bodyLimitBytes: number;
  readonly webDir: string;
  /** Set the Secure flag on cookies (behind HTTPS). */
  readonly secureCookies: boolean;
  /** Serialized single-entity reads kept until the next write (SQLite only); 0 turns it off. */
  readonly responseCacheEntries: number;
}

export interface ConfigFlags {
  host?: string | undefined;
  port?: string | number | undefined;
  data?: string | undefined;
  databaseUrl?: string | undefined;
  logLevel?: string | undefined;
}

type Env = Readonly<Record<string, string | undefined>>;

function intOf(value: string | number | undefined, name: string, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const parsed = typeof value === 'number' ? value : Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`${name} must be a non-negative integer, got "${String(value)}"`);
  return parsed;
}

const DEFAULT_WEB_DIR = fileURLToPath(new URL('../web/dist', import.meta.url));

export function loadConfig(flags: ConfigFlags = {}, env: Env = process.env): Config {
  const port = intOf(flags.port ?? env.GROUNDWORK_PORT, 'port', 8080);
  if (port > 65535) throw new Error(`port must be at most 65535, got ${port}`);
  const databaseUrl = flags.databaseUrl ?? env.DATABASE_URL;
  return {
    host: flags.host ?? env.GROUNDWORK_HOST ?? '127.0.0.1',
    port,
    dataDir: resolve(flags.data ?? env.GROUNDWORK_DATA ?? './data'),
    databaseUrl: databaseUrl === '' ? undefined : databaseUrl,
    dbPoolSize: intOf(env.GROUNDWORK_DB_POOL_SIZE, 'GROUNDWORK_DB_POOL_SIZE', 10),
    logLevel: flags.logLevel ?? env.GROUNDWORK_LOG_LEVEL ?? 'info',
    bodyLimitBytes: intOf(env.GROUNDWORK_BODY_LIMIT, 'GROUNDWORK_BODY_LIMIT', 10 * 1024 * 1024),
    webDir: resolve(env.GROUNDWORK_WEB_DIR ?? DEFAULT_WEB_DIR),
    secureCookies: env.GROUNDWORK_SECURE_COOKIES === 'true',
    responseCacheEntries: intOf(env.GROUNDWORK_RESPONSE_CACHE_ENTRIES, 'GROUNDWORK_RESPONSE_CACHE_ENTRIES', 10_000),
  };
}
