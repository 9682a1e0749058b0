/**
 * The architecture HTTP API under /api/v1: principles, ADRs, review templates and design
 * reviews. Thin: HTTP <-> ArchitectureService.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { assertIfMatch } from '../../platform/http/etag.js';
import { PageQuery, pageSchema, readPage } from '../../platform/http/pagination.js';
import { ProblemSchema } from '../../platform/http/problem.js';
import { REVIEW_ACTIONS } from './architecture.js';
import {
  AdrCreateSchema,
  AdrListQuery,
  AdrPatchSchema,
  AdrGraphSchema,
  AdrSchema,
  AdrSummarySchema,
  CommentCreateSchema,
  PrincipleCreateSchema,
  PrinciplePatchSchema,
  PrincipleDetailSchema,
  PrincipleSchema,
  PushResultSchema,
  PushSchema,
  RelationCreateSchema,
  ReviewCreateSchema,
  ReviewListQuery,
  ReviewSchema,
  ReviewTemplateCreateSchema,
  ReviewTemplateSchema,
  SectionUpdateSchema,
} from './architecture.schema.js';
import type { ArchitectureService } from './architecture.service.js';

export interface ArchitectureRoutesOptions {
  readonly architecture: ArchitectureService;
}

const problems = (...codes: number[]) => Object.fromEntries(codes.map((c) => [c, ProblemSchema]));
const IdParams = Type.Object({ id: Type.String({ maxLength: 100 }) });
const tags = ['architecture'];

const ACTION_OPERATION: Readonly<Record<(typeof REVIEW_ACTIONS)[number], string>> = {
  submit: 'submitReview',
  approve: 'approveReview',
  'request-changes': 'requestReviewChanges',
  decide: 'decideReview',
  withdraw: 'withdrawReview',
};

export const architectureRoutes: FastifyPluginAsyncTypebox<ArchitectureRoutesOptions> = async (app, { architecture }) => {
  // ---- principles
  app.get(
    '/principles',
    { schema: { tags, operationId: 'listPrinciples', summary: 'The principles, in order.', response: { 200: Type.Object({ items: Type.Array(PrincipleSchema) }), ...problems(401, 403) } } },
    async () => ({ items: await architecture.listPrinciples() }),
  );
  app.get(
    '/principles/:id',
    { schema: { tags, operationId: 'getPrinciple', summary: 'One principle and the ADRs and reviews citing it.', params: IdParams, response: { 200: PrincipleDetailSchema, ...problems(401, 403, 404) } } },
    async (request) => architecture.getPrinciple(request.params.id),
  );
  app.post(
    '/principles',
    { schema: { tags, operationId: 'createPrinciple', summary: 'Add a principle.', body: PrincipleCreateSchema, response: { 201: PrincipleSchema, ...problems(400, 401, 403, 409, 422) } } },
    async (request, reply) => reply.status(201).send(await architecture.createPrinciple(request.body, { actor: request.actor, requestId: request.id })),
  );
  app.patch(
    '/principles/:id',
    {
      schema: {
        tags,
        operationId: 'updatePrinciple',
        summary: 'Change a principle or move it in the ordered list.',
        params: IdParams,
        body: PrinciplePatchSchema,
        response: { 200: PrincipleSchema, ...problems(400, 401, 403, 404, 422) },
      },
    },
    async (request) => architecture.updatePrinciple(request.params.id, request.body, { actor: request.actor, requestId: request.id }),
  );

  // ---- ADRs
  app.get(
    '/adrs',
    {
      schema: {
        tags,
        operationId: 'listAdrs',
        summary: 'Search ADRs across all teams: by status, service, scope, principle, repository, words and date.',
        querystring: Type.Object({ ...AdrListQuery, ...PageQuery }),
        response: { 200: pageSchema(AdrSummarySchema), ...problems(400, 401, 403) },
      },
    },
    async (request) => architecture.listAdrs(request.query, readPage(request.query)),
  );
  app.get(
    '/adrs/graph',
    { schema: { tags, operationId: 'getAdrGraph', summary: 'Every ADR and the relations stated between them, for drawing the decision graph in one request.', response: { 200: AdrGraphSchema, ...problems(401, 403) } } },
    async () => architecture.adrGraph(),
  );
  app.get(
    '/adrs/:id',
    { schema: { tags, operationId: 'getAdr', summary: 'One ADR with its relations (both directions) and status history.', params: IdParams, response: { 200: AdrSchema, ...problems(401, 403, 404) } } },
    async (request, reply) => {
      const { value, etag } = await architecture.getAdr(request.params.id);
      void reply.header('ETag', etag);
      return value;
    },
  );
  app.post(
    '/adrs',
    { schema: { tags, operationId: 'createAdr', summary: 'Record a decision; numbered within its service, system or the organisation.', body: AdrCreateSchema, response: { 201: AdrSchema, ...problems(400, 401, 403, 422) } } },
    async (request, reply) => {
      const { value, etag } = await architecture.createAdr(request.body, { actor: request.actor, requestId: request.id });
      void reply.header('ETag', etag).header('Location', `/api/v1/adrs/${value.id}`);
      return reply.status(201).send(value);
    },
  );
  app.patch(
    '/adrs/:id',
    {
      schema: {
        tags,
        operationId: 'updateAdr',
        summary: 'Change an ADR; a status change is added to its history. Send If-Match to avoid lost updates.',
        params: IdParams,
        body: AdrPatchSchema,
        response: { 200: AdrSchema, ...problems(400, 401, 403, 404, 412, 422) },
      },
    },
    async (request, reply) => {
      const { value, etag } = await architecture.updateAdr(request.params.id, request.body, {
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
  app.post(
    '/adrs/:id/relations',
    {
      schema: {
        tags,
        operationId: 'addAdrRelation',
        summary: 'Relate two ADRs (supersedes marks the target superseded); the target shows the inverse.',
        params: IdParams,
        body: RelationCreateSchema,
        response: { 201: AdrSchema, ...problems(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const { value, etag } = await architecture.addRelation(request.params.id, request.body, { actor: request.actor, requestId: request.id });
      void reply.header('ETag', etag);
      return reply.status(201).send(value);
    },
  );
  app.put(
    '/adr-repositories/:repository',
    {
      schema: {
        tags,
        operationId: 'pushAdrRepository',
        summary: "Store a repository's ADR folder (groundwork adr push): matched by number, updated only when changed.",
        params: Type.Object({ repository: Type.String({ minLength: 1, maxLength: 300 }) }),
        body: PushSchema,
        response: { 200: PushResultSchema, ...problems(400, 401, 403, 413, 422) },
      },
    },
    async (request) => architecture.pushRepository(request.params.repository, request.body, { actor: request.actor, requestId: request.id }),
  );

  // ---- review templates
  app.get(
    '/review-templates',
    { schema: { tags, operationId: 'listReviewTemplates', summary: 'Built-in and team design review templates.', response: { 200: Type.Object({ items: Type.Array(ReviewTemplateSchema) }), ...problems(401, 403) } } },
    async () => ({ items: await architecture.listTemplates() }),
  );
  app.post(
    '/review-templates',
    { schema: { tags, operationId: 'createReviewTemplate', summary: "Add a team's own review template.", body: ReviewTemplateCreateSchema, response: { 201: ReviewTemplateSchema, ...problems(400, 401, 403, 409, 422) } } },
    async (request, reply) => reply.status(201).send(await architecture.createTemplate(request.body, { actor: request.actor, requestId: request.id })),
  );

  // ---- reviews
  app.get(
    '/reviews',
    {
      schema: {
        tags,
        operationId: 'listReviews',
        summary: 'Design reviews, by state or service; `overdue=true` lists those waiting on a reviewer too long.',
        querystring: Type.Object({ ...ReviewListQuery, ...PageQuery }),
        response: { 200: pageSchema(ReviewSchema), ...problems(400, 401, 403) },
      },
    },
    async (request) => architecture.listReviews(request.query, readPage(request.query)),
  );
  app.post(
    '/reviews',
    { schema: { tags, operationId: 'createReview', summary: 'Start a design review from a template (a draft).', body: ReviewCreateSchema, response: { 201: ReviewSchema, ...problems(400, 401, 403, 422) } } },
    async (request, reply) => {
      const review = await architecture.createReview(request.body, { actor: request.actor, requestId: request.id });
      void reply.header('Location', `/api/v1/reviews/${review.id}`);
      return reply.status(201).send(review);
    },
  );
  app.get(
    '/reviews/:id',
    {
      schema: {
        tags,
        operationId: 'getReview',
        summary: 'One design review with sections, reviewers, comment threads and allowed actions.',
        params: IdParams,
        querystring: Type.Object({ overdueDays: ReviewListQuery.overdueDays }),
        response: { 200: ReviewSchema, ...problems(401, 403, 404) },
      },
    },
    async (request) => architecture.getReview(request.params.id, request.query.overdueDays),
  );
  app.put(
    '/reviews/:id/sections/:key',
    {
      schema: {
        tags,
        operationId: 'updateReviewSection',
        summary: 'Write a section (author only, while draft or changes requested).',
        params: Type.Object({ id: Type.String({ maxLength: 100 }), key: Type.String({ maxLength: 100 }) }),
        body: SectionUpdateSchema,
        response: { 200: ReviewSchema, ...problems(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => architecture.updateSection(request.params.id, request.params.key, request.body.content, { actor: request.actor, requestId: request.id }),
  );
  app.post(
    '/reviews/:id/comments',
    {
      schema: {
        tags,
        operationId: 'commentOnReview',
        summary: 'Comment on a review or one of its sections; `parentId` answers a comment (threads).',
        params: IdParams,
        body: CommentCreateSchema,
        response: { 201: ReviewSchema, ...problems(400, 401, 403, 404, 422) },
      },
    },
    async (request, reply) => reply.status(201).send(await architecture.addComment(request.params.id, request.body, { actor: request.actor, requestId: request.id })),
  );
  for (const action of REVIEW_ACTIONS) {
    app.post(
      `/reviews/:id/${action}`,
      {
        schema: {
          tags,
          operationId: ACTION_OPERATION[action],
          summary: `${action} the review; an illegal transition is refused with 409. An optional JSON body { "note": "..." } is added as a comment.`,
          params: IdParams,
          response: { 200: ReviewSchema, ...problems(400, 401, 403, 404, 409) },
        },
      },
      async (request) => architecture.transition(request.params.id, action, noteOf(request.body), { actor: request.actor, requestId: request.id }),
    );
  }
};

/**
 * The optional `{ note }` of a transition. No body schema: Fastify would refuse a POST
 * without a body, and a bare `POST /reviews/:id/submit` is the common case.
 */
function noteOf(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || !('note' in body)) return undefined;
  return typeof body.note === 'string' ? body.note.slice(0, 2000) : undefined;
}
