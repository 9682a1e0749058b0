/** Operations endpoints, sign-in sessions, tokens and the audit log. Thin: HTTP <-> platform. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { sql, type Kysely } from 'kysely';
import type { Registry } from 'prom-client';
import type { TokenCache } from '../auth/token-cache.js';
import type { Database } from '../db/database.js';
import { closeSession, openSession, SESSION_TTL_MS } from '../auth/sessions.js';
import { createToken, listTokens, revokeToken } from '../auth/tokens.js';
import { listAudit } from '../audit/audit.store.js';
import { parseEntityFilter, toAuditView } from '../audit/audit.js';
import { ProblemSchema } from './problem.js';
import { identify, SESSION_COOKIE, sessionIdOf } from './auth-hook.js';
import { PageQuery, readPage, toPage, pageSchema } from './pagination.js';
import { ServiceUnavailableError } from './service-unavailable.js';
import { UnauthorizedError } from '../errors.js';

export interface PlatformRoutesOptions {
  readonly db: Kysely<Database>;
  readonly metrics: Registry;
  readonly secureCookies: boolean;
  readonly tokenCache: TokenCache;
}

const RoleSchema = Type.Enum(['viewer', 'member', 'admin']);
const ActorSchema = Type.Object({ id: Type.String(), name: Type.String(), role: RoleSchema });
const SessionSchema = Type.Object({ actor: ActorSchema, csrfToken: Type.String() });
const SessionStateSchema = Type.Object({
  authenticated: Type.Boolean(),
  actor: Type.Optional(ActorSchema),
  csrfToken: Type.Optional(Type.String({ description: 'Empty for bearer tokens (they need no CSRF token).' })),
});
const TokenInfoSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  role: RoleSchema,
  createdAt: Type.String({ format: 'date-time' }),
  expiresAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  revokedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});
const AuditEntrySchema = Type.Object({
  id: Type.String(),
  at: Type.String({ format: 'date-time' }),
  actor: Type.Object({ id: Type.String(), name: Type.String() }),
  action: Type.String(),
  entityType: Type.String(),
  entityId: Type.String(),
  before: Type.Unknown(),
  after: Type.Unknown(),
  requestId: Type.Union([Type.String(), Type.Null()]),
});
const errors = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema };

export const operationsRoutes: FastifyPluginAsyncTypebox<PlatformRoutesOptions> = async (app, { db, metrics }) => {
  app.get('/healthz', { config: { public: true }, schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { config: { public: true }, schema: { hide: true } }, async () => {
    try {
      await sql`select 1`.execute(db);
    } catch {
      throw new ServiceUnavailableError('The database is not reachable.');
    }
    return { status: 'ready' };
  });
  app.get('/metrics', { config: { public: true }, schema: { hide: true } }, async (_request, reply) => {
    return reply.type(metrics.contentType).send(await metrics.metrics());
  });
};

export const sessionRoutes: FastifyPluginAsyncTypebox<PlatformRoutesOptions> = async (app, { db, secureCookies, tokenCache }) => {
  app.post(
    '/session',
    {
      config: { public: true },
      schema: {
        tags: ['session'],
        operationId: 'createSession',
        summary: 'Sign in a browser with a token; sets an HttpOnly session cookie.',
        security: [],
        body: Type.Object({ token: Type.String({ minLength: 1, maxLength: 200 }) }, { additionalProperties: false }),
        response: { 201: SessionSchema, ...errors },
      },
    },
    async (request, reply) => {
      const session = await openSession(db, request.body.token);
      void reply.setCookie(SESSION_COOKIE, session.sessionId, {
        httpOnly: true,
        sameSite: 'strict',
        secure: secureCookies,
        path: '/',
        signed: true,
        maxAge: SESSION_TTL_MS / 1000,
      });
      return reply.status(201).send({ actor: session.actor, csrfToken: session.csrfToken });
    },
  );
  app.get(
    '/session',
    {
      // Public, identifying the caller itself (the auth hook's own `identify`), so that `optional=true` can
      // answer a signed-out browser with 200 instead of a 401 the browser logs as an error.
      config: { public: true },
      schema: {
        tags: ['session'],
        operationId: 'getSession',
        summary: 'The signed-in actor and the CSRF token for writes; with optional=true, 200 {authenticated: false} instead of 401 when signed out.',
        querystring: Type.Object({
          optional: Type.Optional(Type.Boolean({ default: false, description: 'Answer 200 {authenticated: false} rather than 401 when there is no session (the web UI\'s probe).' })),
        }),
        response: { 200: SessionStateSchema, ...errors },
      },
    },
    async (request) => {
      const identity = await identify(db, tokenCache, request);
      if (identity) return { authenticated: true, actor: identity.actor, csrfToken: identity.csrfToken ?? '' };
      if (request.query.optional === true) return { authenticated: false };
      throw new UnauthorizedError();
    },
  );
  app.delete(
    '/session',
    {
      config: { role: 'viewer' },
      schema: {
        tags: ['session'],
        operationId: 'deleteSession',
        summary: 'Sign out: ends the session on the server and clears the cookie.',
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      const sessionId = sessionIdOf(request);
      if (sessionId !== undefined) await closeSession(db, sessionId);
      void reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );
};

export const tokenRoutes: FastifyPluginAsyncTypebox<PlatformRoutesOptions> = async (app, { db, tokenCache }) => {
  app.get(
    '/tokens',
    {
      config: { role: 'admin' },
      schema: { tags: ['tokens'], operationId: 'listTokens', summary: 'List API tokens (never their secrets).', response: { 200: Type.Object({ items: Type.Array(TokenInfoSchema) }), ...errors } },
    },
    async () => ({ items: await listTokens(db) }),
  );
  app.post(
    '/tokens',
    {
      config: { role: 'admin' },
      schema: {
        tags: ['tokens'],
        operationId: 'createToken',
        summary: 'Create an API token; the response is the only time it is shown.',
        body: Type.Object(
          {
            name: Type.String({ minLength: 1, maxLength: 100 }),
            role: RoleSchema,
            expiresAt: Type.Optional(Type.String({ format: 'date-time' })),
          },
          { additionalProperties: false },
        ),
        response: { 201: Type.Object({ token: Type.String(), info: TokenInfoSchema }), 422: ProblemSchema, ...errors },
      },
    },
    async (request, reply) => reply.status(201).send(await createToken(db, request.actor, request.body)),
  );
  app.delete(
    '/tokens/:id',
    {
      config: { role: 'admin' },
      schema: {
        tags: ['tokens'],
        operationId: 'revokeToken',
        summary: 'Revoke a token; its sessions end too.',
        params: Type.Object({ id: Type.String() }),
        response: { 200: TokenInfoSchema, 404: ProblemSchema, ...errors },
      },
    },
    async (request) => {
      const revoked = await revokeToken(db, request.actor, request.params.id);
      tokenCache.clear();
      return revoked;
    },
  );
};

export const auditRoutes: FastifyPluginAsyncTypebox<PlatformRoutesOptions> = async (app, { db }) => {
  app.get(
    '/audit',
    {
      schema: {
        tags: ['audit'],
        operationId: 'listAuditEntries',
        summary: 'The audit log, newest first; `entity` filters by `type` or `type:id` (e.g. `service:payments`).',
        querystring: Type.Object({ entity: Type.Optional(Type.String({ maxLength: 300 })), ...PageQuery }),
        response: { 200: pageSchema(AuditEntrySchema), ...errors },
      },
    },
    async (request) => {
      const page = readPage(request.query);
      const rows = await listAudit(db, { ...parseEntityFilter(request.query.entity), before: page.after, limit: page.limit + 1 });
      return toPage(rows, page.limit, (r) => r.id, toAuditView);
    },
  );
};
