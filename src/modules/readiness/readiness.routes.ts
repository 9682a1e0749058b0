/** The readiness HTTP API under /api/v1: thin, HTTP <-> ReadinessService. */
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { assertIfMatch } from '../../platform/http/etag.js';
import { ProblemSchema } from '../../platform/http/problem.js';
import { decodeCursor, encodeCursor } from '../../platform/http/pagination.js';
import { pageOfReport } from './report.js';
import type { ReadinessService, WriteContext } from './readiness.service.js';
import {
  AttestationCreateSchema,
  AttestationListSchema,
  AttestationQuery,
  AttestationSchema,
  CampaignCreateSchema,
  CampaignListSchema,
  CampaignProgressSchema,
  CheckInputSchema,
  CheckParams,
  CheckPatchSchema,
  FactsSchema,
  HistoryQuery,
  HistorySchema,
  IdParams,
  NameParams,
  ReportQuery,
  ReportSchema,
  ScorecardCreateSchema,
  ScorecardListSchema,
  ScorecardPatchSchema,
  ScorecardSchema,
  ServiceReadinessQuery,
  ServiceReadinessSchema,
  SnapshotSchema,
  ValidateExpressionBody,
  ValidateExpressionSchema,
} from './readiness.schema.js';

export interface ReadinessRoutesOptions {
  readonly readiness: ReadinessService;
  /** How often to store changed evaluations as history (default 60 s; 0 = never, for tests). */
  readonly historyIntervalMs?: number;
}

const problems = (...codes: number[]) => Object.fromEntries(codes.map((code) => [code, ProblemSchema]));
const tags = ['readiness'];

function writeContext(request: FastifyRequest): WriteContext {
  return {
    actor: request.actor,
    requestId: request.id,
    checkEtag: (current) => {
      assertIfMatch(request, current);
    },
  };
}

export const readinessRoutes: FastifyPluginAsyncTypebox<ReadinessRoutesOptions> = async (app, { readiness, historyIntervalMs }) => {
  // History is written here, never by reads: a tick stores the evaluations that changed since
  // the last stored ones (cheap when nothing did: one query) and the first of each day.
  const serialised = new WeakMap<object, string>();
  const interval = historyIntervalMs ?? 60_000;
  if (interval > 0) {
    let running = false;
    const timer = setInterval(() => {
      if (running) return;
      running = true;
      readiness
        .recordChanges()
        .catch((error: unknown) => {
          app.log.error({ err: error }, 'readiness history tick failed');
        })
        .finally(() => {
          running = false;
        });
    }, interval);
    timer.unref();
    app.addHook('onClose', async () => {
      clearInterval(timer);
    });
  }

  app.get('/readiness/facts', { schema: { tags, operationId: 'listReadinessFacts', summary: 'The facts checks can use, per provider namespace, with types and descriptions.', response: { 200: FactsSchema, ...problems(401) } } }, async () => ({
    items: readiness.facts(),
  }));

  app.post(
    '/readiness/expressions/validate',
    { schema: { tags, operationId: 'validateReadinessExpression', summary: 'Check a CEL expression over facts without saving it; problems carry their position.', body: ValidateExpressionBody, response: { 200: ValidateExpressionSchema, ...problems(400, 401, 403) } } },
    async (request) => readiness.validateExpression(request.body.expression),
  );

  app.get('/readiness/scorecards', { schema: { tags, operationId: 'listScorecards', summary: 'Built-in and custom scorecards with their checks.', response: { 200: ScorecardListSchema, ...problems(401) } } }, async () => ({
    items: await readiness.listScorecards(),
  }));

  app.post(
    '/readiness/scorecards',
    {
      schema: {
        tags,
        operationId: 'createScorecard',
        summary: 'Create a scorecard; expressions that do not parse or name unknown facts are refused (422) with their position.',
        body: ScorecardCreateSchema,
        response: { 201: ScorecardSchema, ...problems(400, 401, 403, 409, 422) },
      },
    },
    async (request, reply) => {
      const scorecard = await readiness.createScorecard(request.body, writeContext(request));
      void reply.header('ETag', scorecard.etag).header('Location', `/api/v1/readiness/scorecards/${scorecard.name}`);
      return reply.status(201).send(scorecard);
    },
  );

  app.get(
    '/readiness/scorecards/:name',
    { schema: { tags, operationId: 'getScorecard', summary: 'A scorecard with its levels and checks.', params: NameParams, response: { 200: ScorecardSchema, ...problems(401, 404) } } },
    async (request, reply) => {
      const scorecard = await readiness.getScorecard(request.params.name);
      void reply.header('ETag', scorecard.etag);
      return scorecard;
    },
  );

  app.patch(
    '/readiness/scorecards/:name',
    {
      schema: {
        tags,
        operationId: 'updateScorecard',
        summary: 'Change a custom scorecard (If-Match supported); built-ins are read-only (409).',
        params: NameParams,
        body: ScorecardPatchSchema,
        response: { 200: ScorecardSchema, ...problems(400, 401, 403, 404, 409, 412, 422) },
      },
    },
    async (request, reply) => {
      const scorecard = await readiness.updateScorecard(request.params.name, request.body, writeContext(request));
      void reply.header('ETag', scorecard.etag);
      return scorecard;
    },
  );

  app.delete(
    '/readiness/scorecards/:name',
    { schema: { tags, operationId: 'deleteScorecard', summary: 'Delete a custom scorecard and its checks.', params: NameParams, response: { 204: Type.Null(), ...problems(401, 403, 404, 409, 412) } } },
    async (request, reply) => {
      await readiness.deleteScorecard(request.params.name, writeContext(request));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/readiness/scorecards/:name/checks',
    {
      schema: {
        tags,
        operationId: 'createCheck',
        summary: 'Add a check (an expression over facts or an attestation) to a custom scorecard.',
        params: NameParams,
        body: CheckInputSchema,
        response: { 201: ScorecardSchema, ...problems(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const scorecard = await readiness.addCheck(request.params.name, request.body, writeContext(request));
      void reply.header('ETag', scorecard.etag);
      return reply.status(201).send(scorecard);
    },
  );

  app.patch(
    '/readiness/scorecards/:name/checks/:check',
    {
      schema: {
        tags,
        operationId: 'updateCheck',
        summary: 'Change a check of a custom scorecard (If-Match with the scorecard ETag supported).',
        params: CheckParams,
        body: CheckPatchSchema,
        response: { 200: ScorecardSchema, ...problems(400, 401, 403, 404, 409, 412, 422) },
      },
    },
    async (request, reply) => {
      const scorecard = await readiness.updateCheck(request.params.name, request.params.check, request.body, writeContext(request));
      void reply.header('ETag', scorecard.etag);
      return scorecard;
    },
  );

  app.delete(
    '/readiness/scorecards/:name/checks/:check',
    { schema: { tags, operationId: 'deleteCheck', summary: 'Remove a check from a custom scorecard.', params: CheckParams, response: { 204: Type.Null(), ...problems(401, 403, 404, 409) } } },
    async (request, reply) => {
      await readiness.deleteCheck(request.params.name, request.params.check, writeContext(request));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/services/:name/readiness',
    {
      schema: {
        tags,
        operationId: 'getServiceReadiness',
        summary: "A service's level on each scorecard, every check's result with the facts used and why it failed, and what to fix next.",
        params: NameParams,
        querystring: ServiceReadinessQuery,
        response: { 200: ServiceReadinessSchema, ...problems(401, 404) },
      },
    },
    async (request, reply) => {
      const value = await readiness.serviceReadiness(request.params.name, { scorecard: request.query.scorecard, view: request.query.view });
      // The service caches evaluations per data version: serialise each cached one once too.
      let body = serialised.get(value);
      if (body === undefined) {
        // The value is built field by field to the response schema, so JSON.stringify is exact.
        body = JSON.stringify(value);
        serialised.set(value, body);
      }
      const cached = body;
      return reply.serializer(() => cached).send(value);
    },
  );

  app.get(
    '/services/:name/attestations',
    { schema: { tags, operationId: 'listServiceAttestations', summary: "A service's attestations, newest first.", params: NameParams, response: { 200: AttestationListSchema, ...problems(401) } } },
    async (request) => ({ items: await readiness.listAttestations({ service: request.params.name }) }),
  );

  app.post(
    '/services/:name/attestations',
    {
      schema: {
        tags,
        operationId: 'createAttestation',
        summary: 'Attest an attestation check for a service with evidence (a link or a note); it expires after the check\'s validity.',
        params: NameParams,
        body: AttestationCreateSchema,
        response: { 201: AttestationSchema, ...problems(400, 401, 403, 404, 422) },
      },
    },
    async (request, reply) => reply.status(201).send(await readiness.attest(request.params.name, request.body, writeContext(request))),
  );

  app.get(
    '/readiness/attestations',
    { schema: { tags, operationId: 'listAttestations', summary: 'Attestations, newest first, by service or scorecard.', querystring: AttestationQuery, response: { 200: AttestationListSchema, ...problems(401) } } },
    async (request) => ({ items: await readiness.listAttestations(request.query) }),
  );

  app.get(
    '/readiness/report',
    {
      schema: {
        tags,
        operationId: 'getReadinessReport',
        summary: 'Services × checks of a scorecard (default production-readiness), each service\'s level and failing checks with reasons, rollups per team.',
        querystring: ReportQuery,
        response: { 200: ReportSchema, ...problems(401, 404) },
      },
    },
    async (request, reply) => {
      const report = await readiness.report(request.query);
      const { limit, cursor } = request.query;
      if (limit !== undefined) {
        const after = cursor === undefined || cursor === '' ? undefined : decodeCursor(cursor);
        const { services, hasMore } = pageOfReport(report, after, limit);
        const last = services.at(-1);
        return { ...report, services, nextCursor: hasMore && last ? encodeCursor(last.service) : null };
      }
      // Reports are cached per data version: serialise each once.
      let body = serialised.get(report);
      if (body === undefined) {
        body = JSON.stringify(report);
        serialised.set(report, body);
      }
      const cached = body;
      return reply.serializer(() => cached).send(report);
    },
  );

  app.get(
    '/readiness/history',
    {
      schema: {
        tags,
        operationId: 'getReadinessHistory',
        summary: "A service's stored evaluations, or the daily trend of a team or a scorecard.",
        querystring: HistoryQuery,
        response: { 200: HistorySchema, ...problems(401, 404) },
      },
    },
    async (request) => readiness.history(request.query),
  );

  app.post(
    '/readiness/snapshots',
    { schema: { tags, operationId: 'createReadinessSnapshot', summary: 'Evaluate every scorecard for every service now and store what changed (for a scheduler).', response: { 200: SnapshotSchema, ...problems(401, 403) } } },
    async () => readiness.snapshot(),
  );

  app.get('/readiness/campaigns', { schema: { tags, operationId: 'listCampaigns', summary: 'Campaigns by deadline.', response: { 200: CampaignListSchema, ...problems(401) } } }, async () => ({
    items: await readiness.listCampaigns(),
  }));

  app.post(
    '/readiness/campaigns',
    {
      schema: {
        tags,
        operationId: 'createCampaign',
        summary: 'Start a campaign: a scorecard, a target level, services by filter, a deadline.',
        body: CampaignCreateSchema,
        response: { 201: CampaignProgressSchema, ...problems(400, 401, 403, 404, 422) },
      },
    },
    async (request, reply) => {
      const progress = await readiness.createCampaign(request.body, writeContext(request));
      void reply.header('Location', `/api/v1/readiness/campaigns/${progress.campaign.id}`);
      return reply.status(201).send(progress);
    },
  );

  app.get(
    '/readiness/campaigns/:id',
    { schema: { tags, operationId: 'getCampaign', summary: 'A campaign with its progress and the failing checks per service.', params: IdParams, response: { 200: CampaignProgressSchema, ...problems(401, 404) } } },
    async (request) => readiness.getCampaign(request.params.id),
  );

  app.delete(
    '/readiness/campaigns/:id',
    { schema: { tags, operationId: 'deleteCampaign', summary: 'Delete a campaign.', params: IdParams, response: { 204: Type.Null(), ...problems(401, 403, 404) } } },
    async (request, reply) => {
      await readiness.deleteCampaign(request.params.id, writeContext(request));
      return reply.status(204).send(null);
    },
  );
};
