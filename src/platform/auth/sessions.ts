/**
 * Browser sessions: a person signs in once with a token; the browser then holds only an
 * opaque session id in an HttpOnly cookie. Sessions end server-side on sign-out, on
 * expiry, and when their token is revoked.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { UnauthorizedError } from '../errors.js';
import { isRole, type Actor } from './actor.js';
import { newSecret, sha256 } from './secrets.js';
import { findActiveTokenByHash, findTokenById } from './token.store.js';
import { deleteSession, findLiveSession, insertSession } from './session.store.js';

export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

export interface OpenSession {
  readonly sessionId: string;
  readonly csrfToken: string;
  readonly actor: Actor;
}

export async function openSession(db: Kysely<Database>, token: string): Promise<OpenSession> {
  const now = new Date();
  const row = await findActiveTokenByHash(db, sha256(token), now.toISOString());
  if (!row || !isRole(row.role)) throw new UnauthorizedError('The token is unknown, expired or revoked.');
  const sessionId = newSecret();
  const csrfToken = newSecret(24);
  await insertSession(db, {
    id_hash: sha256(sessionId),
    token_id: row.id,
    csrf_token: csrfToken,
    created_at: now.toISOString(),
    expires_at: new Date(now.getTime() + SESSION_TTL_MS).toISOString(),
  });
  return { sessionId, csrfToken, actor: { id: row.id, name: row.name, role: row.role } };
}

export async function resolveSession(
  db: Kysely<Database>,
  sessionId: string,
): Promise<{ actor: Actor; csrfToken: string } | undefined> {
  const now = new Date().toISOString();
  const session = await findLiveSession(db, sha256(sessionId), now);
  if (!session) return undefined;
  const token = await findTokenById(db, session.token_id);
  if (!token || token.revoked_at !== null || (token.expires_at !== null && token.expires_at <= now) || !isRole(token.role)) {
    return undefined;
  }
  return { actor: { id: token.id, name: token.name, role: token.role }, csrfToken: session.csrf_token };
}

export async function closeSession(db: Kysely<Database>, sessionId: string): Promise<void> {
  await deleteSession(db, sha256(sessionId));
}
