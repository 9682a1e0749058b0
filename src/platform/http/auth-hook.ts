/**
 * Authenticates every `/api/v1` request from a bearer token or a session cookie and checks
 * the role the route needs: viewer to read, member to write, unless the route's config says
 * otherwise. Cookie-authenticated writes must carry the session's CSRF token.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { ForbiddenError, UnauthorizedError } from '../errors.js';
import { roleAllows, type Actor, type Role } from '../auth/actor.js';
import type { TokenCache } from '../auth/token-cache.js';
import { resolveSession } from '../auth/sessions.js';
import { safeEqual } from '../auth/secrets.js';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor;
  }
  interface FastifyContextConfig {
    /** The least role the route needs; default viewer for reads, member for writes. */
    role?: Role;
    /** No authentication at all (health, the OpenAPI document, sign-in). */
    public?: boolean;
  }
}

export const SESSION_COOKIE = 'gw_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The session id from the signed session cookie, if it is there and untampered. */
export function sessionIdOf(request: FastifyRequest): string | undefined {
  const raw = request.cookies[SESSION_COOKIE];
  if (raw === undefined) return undefined;
  const unsigned = request.unsignCookie(raw);
  return unsigned.valid ? unsigned.value : undefined;
}

function requiredRole(request: FastifyRequest, config: { role?: Role }): Role {
  return config.role ?? (SAFE_METHODS.has(request.method) ? 'viewer' : 'member');
}

export interface Identity {
  readonly actor: Actor;
  /** The session's CSRF token; null for a bearer token (not sent by browsers on their own). */
  readonly csrfToken: string | null;
}

/**
 * Who sent the request: a bearer token (refused when unknown, expired or revoked) or a valid
 * session cookie; undefined when neither is there.
 */
export async function identify(db: Kysely<Database>, tokens: TokenCache, request: FastifyRequest): Promise<Identity | undefined> {
  const header = request.headers.authorization;
  if (header !== undefined) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const actor = match?.[1] !== undefined ? await tokens.authenticate(match[1]) : undefined;
    if (!actor) throw new UnauthorizedError('The bearer token is unknown, expired or revoked.');
    return { actor, csrfToken: null };
  }
  const sessionId = sessionIdOf(request);
  const session = sessionId === undefined ? undefined : await resolveSession(db, sessionId);
  return session ? { actor: session.actor, csrfToken: session.csrfToken } : undefined;
}

async function actorOf(db: Kysely<Database>, tokens: TokenCache, request: FastifyRequest): Promise<Actor> {
  const identity = await identify(db, tokens, request);
  if (!identity) throw new UnauthorizedError();
  if (identity.csrfToken !== null && !SAFE_METHODS.has(request.method)) {
    const sent = request.headers['x-csrf-token'];
    if (typeof sent !== 'string' || !safeEqual(sent, identity.csrfToken)) {
      throw new ForbiddenError('This write comes from a browser session without a valid X-CSRF-Token header.');
    }
  }
  return identity.actor;
}

export function installAuth(app: FastifyInstance, db: Kysely<Database>, tokens: TokenCache): void {
  app.decorateRequest('actor', null as unknown as Actor);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    // `routeOptions` is a getter that builds a new object on every access: read it once.
    const { config, url } = request.routeOptions;
    if (config.public === true) return;
    if (url === undefined) return; // unknown route: the 404 handler answers
    const actor = await actorOf(db, tokens, request);
    const role = requiredRole(request, config);
    if (!roleAllows(actor.role, role)) {
      throw new ForbiddenError(`This needs the ${role} role; the token "${actor.name}" has ${actor.role}.`);
    }
    request.actor = actor;
  });
}
