/**
 * The catalog's HTTP API under /api/v1: thin, HTTP <-> CatalogService. CRUD routes are
 * generated per kind from one table (same shape, same rules for every kind).
 */
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncTypebox, TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type, type Static, type TSchema } from 'typebox';
import { assertIfMatch, ifNoneMatchHolds } from '../../platform/http/etag.js';
import { PageQuery, pageSchema, readPage } from '../../platform/http/pagination.js';
import { ProblemSchema } from '../../platform/http/problem.js';
import { createResponseCache, type CachedResponse, type ResponseCache } from '../../platform/http/response-cache.js';
import { BadRequestError, ValidationError } from '../../platform/errors.js';
import type { Team, Person, System, Domain, Service, Api, Resource } from './catalog.js';
import { KINDS, type EntityByKind, type RestKind } from './catalog.kinds.js';
import {
  ApiSchemas,
  DeleteQuery,
  DependencyCreateSchema,
  DependencyParams,
  DependencyPatchSchema,
  DependencyQuery,
  DependencySchema,
  DomainSchemas,
  GraphQuery,
  GraphSchema,
  ImportResultSchema,
  ListFiltersQuery,
  NameParams,
  PersonSchemas,
  ResourceSchemas,
  SearchResultSchema,
  ServiceSchemas,
  SystemSchemas,
  TeamSchemas,
} from './catalog.schema.js';
import type { CatalogService } from './catalog.service.js';
import { importFromBody } from './catalog.import.js';
import { allowedSorts } from './catalog.sort.js';
import { toBackstageYaml } from './backstage-export.js';

export interface CatalogRoutesOptions {
  readonly catalog: CatalogService;
  /** Serialized single-entity reads (none: every read goes to the database). */
  readonly responses?: ResponseCache | undefined;
}

const JSON_TYPE = 'application/json; charset=utf-8';
const problems = (...codes: number[]) => Object.fromEntries(codes.map((c) => [c, ProblemSchema]));

// Compile-time proof that each create/patch body (validated by Ajv against these schemas)
// is a partial entity of its kind, which makes the body casts in registerKind sound.
type Fits<S extends TSchema, E> = Static<S> extends Partial<E> ? true : never;
const bodiesFit: [
  Fits<typeof TeamSchemas.create, Team>,
  Fits<typeof PersonSchemas.create, Person>,
  Fits<typeof SystemSchemas.create, System>,
  Fits<typeof DomainSchemas.create, Domain>,
  Fits<typeof ServiceSchemas.create, Service>,
  Fits<typeof ApiSchemas.create, Api>,
  Fits<typeof ResourceSchemas.create, Resource>,
  Fits<typeof ServiceSchemas.patch, Service>,
] = [true, true, true, true, true, true, true, true];
export const CREATE_BODIES_FIT = bodiesFit.length;

interface KindSchemas {
  read: TSchema;
  create: TSchema;
  patch: TSchema;
}

function sortQuery(kind: RestKind) {
  const allowed = allowedSorts(kind);
  return Type.Optional(
    Type.String({
      maxLength: 40,
      // Checked by the service, so that a wrong value is answered with the allowed ones.
      description: `Sort order, one of: ${allowed.join(', ')}. A leading - reverses it; empty values come last either way; ties go by name. Cursors belong to the order they were issued for. Default: name.`,
    }),
  );
}

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- K types the request bodies inside
function registerKind<K extends RestKind>(app: Parameters<FastifyPluginAsyncTypebox>[0], catalog: CatalogService, responses: ResponseCache, kind: K, schemas: KindSchemas): void {
  const info = KINDS[kind];
  const base = `/${info.plural}`;
  const tags = ['catalog'];
  const setEtag = (reply: FastifyReply, etag: string) => void reply.header('ETag', etag);
  const readAndKeep = async (key: string, name: string, reply: FastifyReply): Promise<CachedResponse> => {
    const version = responses.version();
    const { value, etag } = await catalog.get(kind, name);
    const response = { body: reply.serialize(value), etag };
    responses.set(key, version, response);
    return response;
  };

  app.get(
    base,
    {
      schema: {
        tags,
        operationId: `list${info.pluralLabel}`,
        summary: `List ${info.plural}, filtered, in name order or the order sort asks for.`,
        querystring: Type.Object({ ...ListFiltersQuery, sort: sortQuery(kind), ...PageQuery }),
        response: { 200: pageSchema(schemas.read), ...problems(400, 401, 403) },
      },
    },
    async (request) => catalog.list(kind, request.query, readPage(request.query)),
  );

  app.get(
    `${base}/:name`,
    {
      schema: {
        tags,
        operationId: `get${info.singular}`,
        summary: `One ${kind}, with its ETag; 304 without a body when If-None-Match names it.`,
        params: NameParams,
        response: { 200: schemas.read, 304: Type.Null({ description: 'Not modified: the If-None-Match ETag is current.' }), ...problems(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const key = `${kind}/${request.params.name}`;
      const cached = responses.get(key) ?? (await readAndKeep(key, request.params.name, reply));
      setEtag(reply, cached.etag);
      if (ifNoneMatchHolds(request, cached.etag)) return reply.code(304).send(null);
      // Already serialized by this route's schema: sent as it is.
      return reply.type(JSON_TYPE).send(cached.body);
    },
  );

  app.post(
    base,
    {
      schema: {
        tags,
        operationId: `create${info.singular}`,
        summary: `Create a ${kind}. Unknown references are refused (422). Accepts Idempotency-Key.`,
        body: schemas.create,
        response: { 201: schemas.read, ...problems(400, 401, 403, 409, 413, 415, 422) },
      },
    },
    async (request, reply) => {
      const body = request.body as Partial<EntityByKind[K]> & { name: string };
      const { value, etag } = await catalog.create(kind, body, { actor: request.actor, requestId: request.id });
      setEtag(reply, etag);
      void reply.header('Location', `/api/v1${base}/${encodeURIComponent(value.name)}`);
      return reply.status(201).send(value);
    },
  );

  app.patch(
    `${base}/:name`,
    {
      schema: {
        tags,
        operationId: `update${info.singular}`,
        summary: `Change fields of a ${kind}; send If-Match with its ETag to avoid lost updates (412 on mismatch).`,
        params: NameParams,
        body: schemas.patch,
        response: { 200: schemas.read, ...problems(400, 401, 403, 404, 412, 413, 415, 422) },
      },
    },
    async (request, reply) => {
      const patch = request.body as Partial<EntityByKind[K]>;
      const { value, etag } = await catalog.update(kind, request.params.name, patch, {
        actor: request.actor,
        requestId: request.id,
        checkEtag: (current) => {
          assertIfMatch(request, current);
        },
      });
      setEtag(reply, etag);
      return value;
    },
  );

  app.delete(
    `${base}/:name`,
    {
      schema: {
        tags,
        operationId: `delete${info.singular}`,
        summary: `Delete a ${kind}; refused with 409 while others refer to it unless force=true.`,
        params: NameParams,
        querystring: DeleteQuery,
        response: { 204: Type.Null(), ...problems(401, 403, 404, 409, 412) },
      },
    },
    async (request, reply) => {
      await catalog.remove(kind, request.params.name, { force: request.query.force === true }, {
        actor: request.actor,
        requestId: request.id,
        checkEtag: (current) => {
          assertIfMatch(request, current);
        },
      });
      return reply.status(204).send(null);
    },
  );
}

export const catalogRoutes: FastifyPluginAsyncTypebox<CatalogRoutesOptions> = async (app, { catalog, responses = createResponseCache(undefined) }) => {
  registerKind(app, catalog, responses, 'team', TeamSchemas);
  registerKind(app, catalog, responses, 'person', PersonSchemas);
  registerKind(app, catalog, responses, 'system', SystemSchemas);
  registerKind(app, catalog, responses, 'domain', DomainSchemas);
  registerKind(app, catalog, responses, 'service', ServiceSchemas);
  registerKind(app, catalog, responses, 'api', ApiSchemas);
  registerKind(app, catalog, responses, 'resource', ResourceSchemas);

  const tags = ['catalog'];
  const dependencyPath = '/dependencies/:source/:targetKind/:target';

  app.get(
    '/dependencies',
    {
      schema: {
        tags,
        operationId: 'listDependencies',
        summary: 'Dependency edges (service → service, API or resource), filtered.',
        querystring: Type.Object({ ...DependencyQuery, ...PageQuery }),
        response: { 200: pageSchema(DependencySchema), ...problems(400, 401, 403) },
      },
    },
    async (request) => catalog.listDependencies(request.query, readPage(request.query)),
  );
  app.get(
    dependencyPath,
    {
      schema: { tags, operationId: 'getDependency', summary: 'One dependency edge.', params: DependencyParams, response: { 200: DependencySchema, ...problems(401, 403, 404) } },
    },
    async (request, reply) => {
      const { value, etag } = await catalog.getDependency(request.params.source, request.params.targetKind, request.params.target);
      void reply.header('ETag', etag);
      return value;
    },
  );
  app.post(
    '/dependencies',
    {
      schema: {
        tags,
        operationId: 'createDependency',
        summary: 'Declare that a service depends on a service, API or resource (kind defaults to sync, data for resources).',
        body: DependencyCreateSchema,
        response: { 201: DependencySchema, ...problems(400, 401, 403, 409, 415, 422) },
      },
    },
    async (request, reply) => {
      const value = await catalog.createDependency(request.body, { actor: request.actor, requestId: request.id });
      return reply.status(201).send(value);
    },
  );
  app.patch(
    dependencyPath,
    {
      schema: {
        tags,
        operationId: 'updateDependency',
        summary: 'Change the kind of a dependency edge.',
        params: DependencyParams,
        body: DependencyPatchSchema,
        response: { 200: DependencySchema, ...problems(400, 401, 403, 404, 412, 415) },
      },
    },
    async (request, reply) => {
      const { source, targetKind, target } = request.params;
      const { value, etag } = await catalog.updateDependency(source, targetKind, target, request.body.kind, {
        actor: request.actor,
        requestId: request.id,
        checkEtag: (current) => {
          assertIfMatch(request, current);
        },
      });
      void reply.header('ETag', etag);
      return value;
    },
  );
  app.delete(
    dependencyPath,
    {
      schema: { tags, operationId: 'deleteDependency', summary: 'Remove a dependency edge.', params: DependencyParams, response: { 204: Type.Null(), ...problems(401, 403, 404, 412) } },
    },
    async (request, reply) => {
      const { source, targetKind, target } = request.params;
      await catalog.deleteDependency(source, targetKind, target, {
        actor: request.actor,
        requestId: request.id,
        checkEtag: (current) => {
          assertIfMatch(request, current);
        },
      });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/search',
    {
      schema: {
        tags,
        operationId: 'searchCatalog',
        summary: 'Services, teams and systems whose name or title contains q.',
        querystring: Type.Object({ q: Type.String({ maxLength: 200 }), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })) }),
        response: { 200: SearchResultSchema, ...problems(400, 401, 403) },
      },
    },
    async (request) => catalog.search(request.query.q, request.query.limit ?? 20),
  );

  app.get(
    '/services/:name/graph',
    {
      schema: {
        tags,
        operationId: 'getServiceGraph',
        summary: 'The dependency graph around a service: what it calls and what calls it, up to depth hops.',
        params: NameParams,
        querystring: GraphQuery,
        response: { 200: GraphSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => catalog.graph(request.params.name, request.query.depth ?? 2),
  );

  app.get(
    '/catalog/export',
    {
      schema: {
        tags,
        operationId: 'exportCatalog',
        summary: 'The whole catalog as multi-document Backstage YAML that re-imports to the same catalog.',
        response: { 200: { description: 'Backstage entity YAML', content: { 'application/yaml': { schema: Type.String() } } }, ...problems(401, 403) },
      },
    },
    async (_request, reply) => {
      const yaml = toBackstageYaml(await catalog.exportCatalog());
      return reply.type('application/yaml; charset=utf-8').serializer((payload) => String(payload)).send(yaml);
    },
  );

  // The import route reads JSON bodies as text too, so that errors carry the line numbers
  // of what the client sent (a child context: the override stays local to this route).
  await app.register(async (plain) => {
    const child = plain.withTypeProvider<TypeBoxTypeProvider>();
    child.removeContentTypeParser('application/json');
    child.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
      done(null, body);
    });
    child.post(
      '/catalog/import',
      {
        schema: {
          tags,
          operationId: 'importCatalog',
          summary:
            'Import Backstage entities (one or many YAML documents, or JSON). All or nothing; dryRun=true reports without writing. Location entities are skipped.',
          querystring: Type.Object({ dryRun: Type.Optional(Type.Boolean({ default: false })) }),
          body: Type.String({ description: 'Backstage YAML (application/yaml) or JSON (an entity or an array of entities).' }),
          response: { 200: ImportResultSchema, ...problems(400, 401, 403, 413, 415, 422) },
        },
      },
      async (request) => {
        const result = await importFromBody(catalog, request.body, request.query.dryRun === true, { actor: request.actor, requestId: request.id });
        if (!result.dryRun && result.errors.length > 0) {
          const errors = result.errors.map((e) => ({ field: `${e.file ?? 'body'}[${e.document ?? 0}]:${e.line ?? 0}`, message: e.message }));
          const syntax = result.errors.some((e) => e.message.startsWith('YAML:'));
          const detail = `The import has ${result.errors.length} error(s) and changed nothing; the first: document ${result.errors[0]?.document ?? 0}, line ${result.errors[0]?.line ?? 0}: ${result.errors[0]?.message ?? ''}`;
          throw syntax ? new BadRequestError(detail, { type: 'malformed-yaml', errors }) : new ValidationError(detail, errors);
        }
        return result;
      },
    );
  });
};
