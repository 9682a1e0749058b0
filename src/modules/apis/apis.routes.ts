/**
 * The API registry's HTTP API under /api/v1: versions (upload, list, get, document,
 * changes, lint), changelog, release policy, deprecations, and POST /lint. Thin:
 * HTTP <-> ApisService.
 */
import type { FastifyPluginAsyncTypebox, TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { sendProblem } from '../../platform/http/error-handler.js';
import { PageQuery, pageSchema, readPage } from '../../platform/http/pagination.js';
import { problem, ProblemSchema } from '../../platform/http/problem.js';
import {
  ApiParams,
  ApiVersionSchema,
  ChangelogQuery,
  ChangelogSchema,
  ChangesSchema,
  DeprecationSchema,
  DeprecationsQuery,
  LatestVersionsQuery,
  LatestVersionsSchema,
  LintQuery,
  LintResultSchema,
  ReanalysisSchema,
  ReleasePolicySchema,
  ReleasePolicyUpdateSchema,
  VersionCreateSchema,
  VersionParams,
  ViolationSchema,
} from './apis.schema.js';
import type { ApisService } from './apis.service.js';

export interface ApisRoutesOptions {
  readonly apis: ApisService;
}

const problems = (...codes: number[]) => Object.fromEntries(codes.map((c) => [c, ProblemSchema]));
const tags = ['apis'];
const PolicyViolationSchema = Type.Object(
  { ...ProblemSchema.properties, violations: Type.Optional(Type.Array(ViolationSchema, { description: 'The changes the release policy refuses, each with its reason (release-policy-violation only).' })) },
  { description: 'A problem (type release-policy-violation or version-exists).' },
);
const versionPath = (api: string, version: string) => `/api/v1/apis/${encodeURIComponent(api)}/versions/${encodeURIComponent(version)}`;

export const apisRoutes: FastifyPluginAsyncTypebox<ApisRoutesOptions> = async (app, { apis }) => {
  app.post(
    '/apis/:api/analysis',
    {
      config: { role: 'admin' },
      schema: {
        tags,
        operationId: 'reanalyseApi',
        summary: 'Lint and diff every stored version of an API again with this server\'s engines (after an upgrade); the release policy is not judged again.',
        params: ApiParams,
        response: { 200: ReanalysisSchema, ...problems(401, 403, 404) },
      },
    },
    async (request) => apis.reanalyse(request.params.api, { actor: request.actor, requestId: request.id }),
  );

  app.post(
    '/apis/:api/versions',
    {
      schema: {
        tags,
        operationId: 'createApiVersion',
        summary: 'Upload a version of an API: stored, linted, diffed against the previous version and checked against the release policy.',
        description:
          'Refused with 409 (type release-policy-violation, `violations` listing the offending changes) when the release policy forbids a change, unless `force` is true with a `reason` (audited). 409 version-exists when the label is taken; 422 when the document is not OpenAPI.',
        params: ApiParams,
        body: VersionCreateSchema,
        response: { 201: ApiVersionSchema, 409: PolicyViolationSchema, ...problems(400, 401, 403, 404, 413, 422) },
      },
    },
    async (request, reply) => {
      const { api } = request.params;
      const result = await apis.publishVersion(api, request.body, { actor: request.actor, requestId: request.id });
      if ('refused' in result) {
        const instance = request.url.split('?')[0] ?? request.url;
        const body = Object.assign(problem(409, 'release-policy-violation', 'Conflict', result.message, instance), { requestId: request.id, violations: result.refused });
        return sendProblem(reply, body);
      }
      void reply.header('Location', versionPath(api, result.created.version));
      return reply.status(201).send(result.created);
    },
  );

  app.get(
    '/apis/:api/versions',
    {
      schema: {
        tags,
        operationId: 'listApiVersions',
        summary: 'The versions of an API, newest first.',
        params: ApiParams,
        querystring: Type.Object({ ...PageQuery }),
        response: { 200: pageSchema(ApiVersionSchema), ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => apis.listVersions(request.params.api, readPage(request.query)),
  );

  app.get(
    '/api-versions/latest',
    {
      schema: {
        tags,
        operationId: 'listLatestApiVersions',
        summary: 'The latest registered version of every API that has one (or of the APIs named in ?api=), by API name.',
        querystring: LatestVersionsQuery,
        response: { 200: LatestVersionsSchema, ...problems(400, 401, 403) },
      },
    },
    async (request) => apis.latestVersions(request.query.api),
  );

  app.get(
    '/apis/:api/versions/:version',
    { schema: { tags, operationId: 'getApiVersion', summary: 'One version of an API.', params: VersionParams, response: { 200: ApiVersionSchema, ...problems(401, 403, 404) } } },
    async (request) => apis.getVersion(request.params.api, request.params.version),
  );

  app.get(
    '/apis/:api/versions/:version/document',
    {
      schema: {
        tags,
        operationId: 'getApiVersionDocument',
        summary: 'The OpenAPI document of a version, exactly as uploaded (JSON or YAML).',
        params: VersionParams,
        produces: ['application/json', 'application/yaml'],
        response: { 200: Type.String(), ...problems(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { text, syntax } = await apis.getDocument(request.params.api, request.params.version);
      return reply.type(syntax === 'json' ? 'application/json; charset=utf-8' : 'application/yaml; charset=utf-8').serializer((payload: unknown) => String(payload)).send(text);
    },
  );

  app.get(
    '/apis/:api/versions/:version/changes',
    {
      schema: {
        tags,
        operationId: 'getApiVersionChanges',
        summary: 'The changes of a version against the previous one (computed at upload).',
        params: VersionParams,
        response: { 200: ChangesSchema, ...problems(401, 403, 404) },
      },
    },
    async (request) => apis.getChanges(request.params.api, request.params.version),
  );

  app.get(
    '/apis/:api/versions/:version/lint',
    {
      schema: {
        tags,
        operationId: 'getApiVersionLint',
        summary: 'The lint findings of a version (computed at upload with the API\'s ruleset).',
        params: VersionParams,
        response: { 200: LintResultSchema, ...problems(401, 403, 404) },
      },
    },
    async (request) => apis.getLint(request.params.api, request.params.version),
  );

  app.get(
    '/apis/:api/changelog',
    {
      schema: {
        tags,
        operationId: 'getApiChangelog',
        summary: 'The changelog of an API, newest version first: JSON, or Markdown with ?format=markdown.',
        params: ApiParams,
        querystring: ChangelogQuery,
        produces: ['application/json', 'text/markdown'],
        response: { 200: Type.Union([ChangelogSchema, Type.String()]), ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const limit = request.query.limit ?? 100;
      if (request.query.format === 'markdown') {
        const text = await apis.changelogMarkdown(request.params.api, limit);
        return reply.type('text/markdown; charset=utf-8').serializer((payload: unknown) => String(payload)).send(text);
      }
      return reply.serializer((payload: unknown) => JSON.stringify(payload)).send(await apis.changelog(request.params.api, limit));
    },
  );

  app.get(
    '/apis/:api/release-policy',
    {
      schema: { tags, operationId: 'getApiReleasePolicy', summary: 'The release policy of an API (defaults when none was set).', params: ApiParams, response: { 200: ReleasePolicySchema, ...problems(401, 403, 404) } },
    },
    async (request) => apis.getPolicy(request.params.api),
  );

  app.put(
    '/apis/:api/release-policy',
    {
      schema: {
        tags,
        operationId: 'putApiReleasePolicy',
        summary: 'Set the release policy of an API.',
        params: ApiParams,
        body: ReleasePolicyUpdateSchema,
        response: { 200: ReleasePolicySchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => apis.putPolicy(request.params.api, request.body, { actor: request.actor, requestId: request.id }),
  );

  app.get(
    '/deprecations',
    {
      schema: {
        tags,
        operationId: 'listDeprecations',
        summary: 'Deprecated and sunset operations in the latest version of every API, by sunset (none last), with owners and consumers.',
        querystring: DeprecationsQuery,
        response: { 200: Type.Object({ items: Type.Array(DeprecationSchema) }), ...problems(400, 401, 403) },
      },
    },
    async (request) => apis.deprecations(request.query),
  );

  // POST /lint reads the body as text whatever its type: JSON too, so findings point at
  // the lines the caller sent. The parser is scoped to this child plugin.
  await app.register(async (plugin) => {
    const child = plugin.withTypeProvider<TypeBoxTypeProvider>();
    child.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
      done(null, body);
    });
    child.post(
      '/lint',
      {
        config: { role: 'viewer' },
        schema: {
          tags,
          operationId: 'lintApiDocument',
          summary: 'Lint an OpenAPI document (the request body, JSON or YAML) without storing it.',
          querystring: LintQuery,
          body: Type.String({ description: 'The OpenAPI document.' }),
          consumes: ['application/json', 'application/yaml', 'text/yaml', 'text/plain'],
          response: { 200: LintResultSchema, ...problems(400, 401, 403, 413, 415, 422) },
        },
      },
      async (request) => apis.lint(request.body, request.query.ruleset ?? 'groundwork:guidelines'),
    );
  });
};
