/**
 * `Idempotency-Key` on creates: the first response to a (caller, key) is stored and a
 * repeated request gets it again, so a retried POST never creates twice. Reusing a key for
 * a different request is a client error. The hooks are attached to POST routes only, so
 * reads pay nothing for them.
 */
import type { FastifyInstance, FastifyRequest, onSendAsyncHookHandler, preHandlerAsyncHookHandler, RouteOptions } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { ConflictError } from '../errors.js';
import { findStoredResponse, storeResponse } from './idempotency.store.js';

declare module 'fastify' {
  interface FastifyRequest {
    idempotencyKey: string | undefined;
  }
}

function keyOf(request: FastifyRequest): string | undefined {
  const key = request.headers['idempotency-key'];
  return typeof key === 'string' && key.length > 0 && key.length <= 255 ? key : undefined;
}

function appendHook<H>(existing: H | H[] | undefined, hook: H): H[] {
  if (existing === undefined) return [hook];
  return Array.isArray(existing) ? [...existing, hook] : [existing, hook];
}

function isPost(route: RouteOptions): boolean {
  return Array.isArray(route.method) ? route.method.includes('POST') : route.method === 'POST';
}

export function installIdempotency(app: FastifyInstance, db: Kysely<Database>): void {
  app.decorateRequest('idempotencyKey', undefined);

  // Route-level preHandlers run after authentication (onRequest), so the actor is known.
  const replay: preHandlerAsyncHookHandler = async (request, reply) => {
    const key = keyOf(request);
    if (key === undefined) return undefined;
    const stored = await findStoredResponse(db, request.actor.id, key);
    if (!stored) {
      request.idempotencyKey = key;
      return undefined;
    }
    if (stored.method !== request.method || stored.url !== request.url) {
      throw new ConflictError(`The Idempotency-Key "${key}" was already used for ${stored.method} ${stored.url}.`, {
        type: 'idempotency-key-reused',
      });
    }
    void reply.header('Idempotent-Replayed', 'true');
    if (stored.content_type !== null) void reply.type(stored.content_type);
    // An async hook that answers must return the reply, so Fastify stops the chain.
    return reply.status(stored.status).send(stored.body);
  };

  const remember: onSendAsyncHookHandler = async (request, reply, payload) => {
    const key = request.idempotencyKey;
    if (key === undefined || reply.statusCode >= 500 || typeof payload !== 'string') return payload;
    const contentType = reply.getHeader('content-type');
    await storeResponse(db, {
      actor_id: request.actor.id,
      key,
      method: request.method,
      url: request.url,
      status: reply.statusCode,
      content_type: typeof contentType === 'string' ? contentType : null,
      body: payload,
      created_at: new Date().toISOString(),
    });
    return payload;
  };

  app.addHook('onRoute', (route) => {
    if (!isPost(route) || route.config?.public === true || !route.url.startsWith('/api/')) return;
    route.preHandler = appendHook(route.preHandler, replay);
    route.onSend = appendHook(route.onSend, remember);
  });
}
