/**
 * `Idempotency-Key` on creates: the first response to a (caller, key) is stored and a
 * repeated request gets it again, so a retried POST never creates twice. Reusing a key for
 * a different request is a client error.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { ConflictError } from '../errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    idempotencyKey: string | undefined;
  }
}

function keyOf(request: FastifyRequest): string | undefined {
  const key = request.headers['idempotency-key'];
  return request.method === 'POST' && typeof key === 'string' && key.length > 0 && key.length <= 255 ? key : undefined;
}

export function installIdempotency(app: FastifyInstance, db: Kysely<Database>): void {
  app.decorateRequest('idempotencyKey', undefined);
  // Runs after authentication (a preHandler registered later), so the actor is known.
  app.addHook('preHandler', async (request, reply) => {
    const key = keyOf(request);
    if (key === undefined || request.routeOptions.config.public === true || !request.url.startsWith('/api/')) return;
    const stored = await db
      .selectFrom('idempotency_keys')
      .selectAll()
      .where('actor_id', '=', request.actor.id)
      .where('key', '=', key)
      .executeTakeFirst();
    if (!stored) {
      request.idempotencyKey = key;
      return;
    }
    if (stored.method !== request.method || stored.url !== request.url) {
      throw new ConflictError(`The Idempotency-Key "${key}" was already used for ${stored.method} ${stored.url}.`, {
        type: 'idempotency-key-reused',
      });
    }
    void reply.header('Idempotent-Replayed', 'true');
    if (stored.content_type !== null) void reply.type(stored.content_type);
    return reply.status(stored.status).send(stored.body);
  });
  app.addHook('onSend', async (request, reply, payload) => {
    const key = request.idempotencyKey;
    if (key === undefined || reply.statusCode >= 500 || typeof payload !== 'string') return payload;
    const contentType = reply.getHeader('content-type');
    await db
      .insertInto('idempotency_keys')
      .values({
        actor_id: request.actor.id,
        key,
        method: request.method,
        url: request.url,
        status: reply.statusCode,
        content_type: typeof contentType === 'string' ? contentType : null,
        body: payload,
        created_at: new Date().toISOString(),
      })
      .onConflict((oc) => oc.columns(['actor_id', 'key']).doNothing())
      .execute();
    return payload;
  });
}
