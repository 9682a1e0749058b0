/**
 * API tokens: random, shown once, stored hashed, with a name, a role, an optional expiry,
 * revocable. Used by the server (authentication) and by `groundwork token ...` directly
 * against the database.
 */
import { ulid } from 'ulid';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import type { TokenRow } from '../db/platform.table.js';
import { NotFoundError, ValidationError } from '../errors.js';
import { recordAudit } from '../audit/audit.js';
import { isRole, type Actor, type Role } from './actor.js';
import { newToken, sha256 } from './secrets.js';
import {
  activeTokenNames,
  countTokens,
  findActiveTokenByHash,
  findTokenById,
  findTokensByName,
  insertToken,
  listTokenRows,
  markRevoked,
} from './token.store.js';

export interface TokenInfo {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  readonly createdAt: string;
  readonly expiresAt: string | null;
  readonly revokedAt: string | null;
}

export interface NewToken {
  readonly name: string;
  readonly role: string;
  readonly expiresAt?: string | undefined;
}

function toInfo(row: TokenRow): TokenInfo {
  return {
    id: row.id,
    name: row.name,
    role: isRole(row.role) ? row.role : 'viewer',
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
  };
}

function validateNewToken(input: NewToken): Role {
  const errors = [];
  if (input.name.trim() === '') errors.push({ field: '/name', message: 'must not be empty' });
  if (!isRole(input.role)) errors.push({ field: '/role', message: 'must be one of viewer, member, admin' });
  if (input.expiresAt !== undefined && Number.isNaN(Date.parse(input.expiresAt))) {
    errors.push({ field: '/expiresAt', message: 'must be an ISO 8601 date-time' });
  }
  if (errors.length > 0 || !isRole(input.role)) throw new ValidationError('The token request is invalid.', errors);
  return input.role;
}

/** Creates a token and returns it in clear, the only time it is ever available. */
export async function createToken(
  db: Kysely<Database>,
  actor: Actor,
  input: NewToken,
): Promise<{ token: string; info: TokenInfo }> {
  const role = validateNewToken(input);
  const token = newToken();
  const row: TokenRow = {
    id: ulid(),
    name: input.name.trim(),
    role,
    token_hash: sha256(token),
    created_at: new Date().toISOString(),
    expires_at: input.expiresAt === undefined ? null : new Date(input.expiresAt).toISOString(),
    revoked_at: null,
  };
  await db.transaction().execute(async (trx) => {
    await insertToken(trx, row);
    const info = toInfo(row);
    await recordAudit(trx, { actor, action: 'create', entityType: 'token', entityId: row.id, after: info });
  });
  return { token, info: toInfo(row) };
}

export async function listTokens(db: Kysely<Database>): Promise<TokenInfo[]> {
  return (await listTokenRows(db)).map(toInfo);
}

/** Revokes by id, or by name when exactly one token has that name. */
export async function revokeToken(db: Kysely<Database>, actor: Actor, idOrName: string): Promise<TokenInfo> {
  const byId = await findTokenById(db, idOrName);
  const byName = byId ? [] : await findTokensByName(db, idOrName);
  if (byName.length > 1) {
    throw new ValidationError(`${byName.length} tokens are named "${idOrName}"; revoke by id instead.`);
  }
  const row = byId ?? byName[0];
  if (!row) throw new NotFoundError(`No token has the id or name "${idOrName}".`);
  const at = new Date().toISOString();
  await db.transaction().execute(async (trx) => {
    await markRevoked(trx, row.id, at);
    await recordAudit(trx, {
      actor,
      action: 'revoke',
      entityType: 'token',
      entityId: row.id,
      before: toInfo(row),
      after: toInfo({ ...row, revoked_at: at }),
    });
  });
  return toInfo({ ...row, revoked_at: at });
}

/**
 * Who among `names` can act with a write role (member or admin): people are known to
 * Groundwork by the names of their tokens, so a reviewer or an assignee must be one.
 */
export async function namesThatCanWrite(db: Kysely<Database>, names: readonly string[]): Promise<Set<string>> {
  return activeTokenNames(db, names, ['member', 'admin'], new Date().toISOString());
}

export async function authenticateToken(db: Kysely<Database>, token: string): Promise<Actor | undefined> {
  const row = await findActiveTokenByHash(db, sha256(token), new Date().toISOString());
  if (!row || !isRole(row.role)) return undefined;
  return { id: row.id, name: row.name, role: row.role };
}

/** On the very first start (no token at all), creates an admin token to print once. */
export async function createInitialAdminToken(db: Kysely<Database>): Promise<string | undefined> {
  if ((await countTokens(db)) > 0) return undefined;
  const system: Actor = { id: 'system', name: 'first start', role: 'admin' };
  const { token } = await createToken(db, system, { name: 'initial-admin', role: 'admin' });
  return token;
}
