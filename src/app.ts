/**
 * The composition root of the server: builds a Fastify instance from configuration and an
 * opened database, registers the platform and every module. It never listens (tests use
 * `app.inject()`; `server.ts` listens).
 */
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import compress from '@fastify/compress';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { randomUUID } from 'node:crypto';
import { TokenCache } from './platform/auth/token-cache.js';
import type { Config } from './config.js';
import type { OpenedDatabase } from './platform/db/dialect.js';
import { getOrCreateSetting } from './platform/settings.store.js';
import { newSecret } from './platform/auth/secrets.js';
import { installErrorHandler, sendProblem } from './platform/http/error-handler.js';
import { problem } from './platform/http/problem.js';
import { installAuth } from './platform/http/auth-hook.js';
import { installIdempotency } from './platform/http/idempotency.js';
import { createValidatorCompiler } from './platform/http/validation.js';
import { installOpenApi } from './platform/http/openapi.js';
import { installWebAssets } from './platform/http/web-assets.js';
import { createResponseCache } from './platform/http/response-cache.js';
import { syncReaderOf } from './platform/db/sync-reader.js';
import { loggerOptions, installMetrics } from './platform/observability.js';
import { catalogRoutes, createCatalogService } from './modules/catalog/index.js';
import { architectureRoutes, createArchitectureService } from './modules/architecture/index.js';
import { apisFactProvider, architectureFactProvider, createReadinessService, readinessRoutes } from './modules/readiness/index.js';
import { apisRoutes, createApisService } from './modules/apis/index.js';
import { auditRoutes, operationsRoutes, sessionRoutes, tokenRoutes } from './platform/http/platform.routes.js';

export const VERSION = '0.1.0';

export interface AppDeps {
  readonly database: OpenedDatabase;
}

const REQUEST_ID = /^[\w.:-]{1,100}$/;

export async function buildApp(config: Config, deps: AppDeps): Promise<FastifyInstance> {
  const { db } = deps.database;
  const app = Fastify({
    logger: loggerOptions(config.logLevel),
    bodyLimit: config.bodyLimitBytes,
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    },
    return503OnClosing: true,
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.setValidatorCompiler(createValidatorCompiler());
  installErrorHandler(app);
  app.addContentTypeParser(
    ['application/yaml', 'application/x-yaml', 'text/yaml', 'text/plain'],
    { parseAs: 'string' },
    (_request, body, done) => {
      done(null, body);
    },
  );
  // Set when the request arrives (a synchronous hook), so every answer carries them, errors too.
  app.addHook('onRequest', (request, reply, done) => {
    void reply.headers({
      'X-Request-Id': request.id,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'X-Frame-Options': 'DENY',
    });
    done();
  });
  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, {
      ...problem(404, 'not-found', 'Not Found', `There is no ${request.method} ${request.url.split('?')[0] ?? ''} here.`, request.url.split('?')[0] ?? request.url),
      requestId: request.id,
    }),
  );

  const cookieSecret = await getOrCreateSetting(db, 'cookie_secret', () => newSecret(48));
  await app.register(cookie, { secret: cookieSecret });
  await app.register(compress, { global: true, threshold: 1024, encodings: ['br', 'gzip'] });
  const metrics = installMetrics(app, deps.database.poolStats);
  const reader = syncReaderOf(db);
  const tokenCache = new TokenCache(db, reader ? () => reader.changes() : undefined);
  installAuth(app, db, tokenCache);
  installIdempotency(app, db);
  await installOpenApi(app, VERSION);

  const platform = { db, metrics, secureCookies: config.secureCookies, tokenCache };
  await app.register(operationsRoutes, platform);
  await app.register(sessionRoutes, { ...platform, prefix: '/api/v1' });
  await app.register(tokenRoutes, { ...platform, prefix: '/api/v1' });
  await app.register(auditRoutes, { ...platform, prefix: '/api/v1' });

  const responses = createResponseCache(reader && config.responseCacheEntries > 0 ? () => reader.changes() : undefined, config.responseCacheEntries);

  // Modules: one line each.
  await app.register(catalogRoutes, { prefix: '/api/v1', catalog: createCatalogService(db), responses });
  await app.register(architectureRoutes, { prefix: '/api/v1', architecture: createArchitectureService(db) });
  await app.register(readinessRoutes, { prefix: '/api/v1', readiness: createReadinessService(db, createCatalogService(db), { providers: [architectureFactProvider(createArchitectureService(db)), apisFactProvider(createApisService(db, { catalog: createCatalogService(db) }))] }) });
  await app.register(apisRoutes, { prefix: '/api/v1', apis: createApisService(db, { catalog: createCatalogService(db) }) });

  await installWebAssets(app, config.webDir);
  return app;
}
