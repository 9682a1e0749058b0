/**
 * The architecture API on every dialect: principles, ADRs with relations and history, a
 * repository pushed the way `groundwork adr push` does, and a design review from the
 * built-in template to the ADR it becomes.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/dialects.js';
import { buildTestApp, type TestApp } from '../../../test/build-test-app.js';
import { LOCAL_ACTOR } from '../../platform/auth/actor.js';
import { createToken, revokeToken } from '../../platform/auth/tokens.js';
import { adrInit, adrLink, adrNew, adrRecords, type AdrContext } from './adr/adr-actions.js';
import { nodeAdrFs } from './adr/adr-fs.js';
import { pushBodyOf } from './adr/adr-push.js';

describe.each(DIALECTS)('architecture API on $name', (dialect) => {
  let t: TestApp;
  let alice: { authorization: string };
  let bob: { authorization: string };
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    const bearer = async (name: string) => ({
      authorization: `Bearer ${(await createToken(t.db, LOCAL_ACTOR, { name, role: 'member' })).token}`,
    });
    alice = await bearer('alice');
    bob = await bearer('bob');
  });
  afterAll(async () => {
    await t.close();
  });

  const get = (url: string, headers = t.as('viewer')) => t.app.inject({ method: 'GET', url, headers });
  const send = (method: 'POST' | 'PATCH' | 'PUT', url: string, payload: unknown, headers = t.as('member')) =>
    t.app.inject({ method, url, payload: payload as Record<string, unknown>, headers });

  it('ships the four principles in order', async () => {
    const res = await get('/api/v1/principles');
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((p: { name: string }) => p.name)).toEqual([
      'Simplicity over cleverness',
      'Design for failure',
      'Well-understood technology for critical systems',
      'Observability from the start',
    ]);
  });

  it('adds principles and moves them in the ordered list', async () => {
    const added = await send('POST', '/api/v1/principles', { id: 'build-for-the-team-you-have', name: 'Build for the team you have', statement: 'Fit the design to the people who run it.' });
    expect(added.json()).toMatchObject({ position: 5 });
    const moved = await send('PATCH', '/api/v1/principles/build-for-the-team-you-have', { position: 2 });
    expect(moved.statusCode).toBe(200);
    const order = (await get('/api/v1/principles')).json().items.map((p: { id: string; position: number }) => `${p.position} ${p.id}`);
    expect(order).toEqual([
      '1 simplicity-over-cleverness',
      '2 build-for-the-team-you-have',
      '3 design-for-failure',
      '4 well-understood-technology-for-critical-systems',
      '5 observability-from-the-start',
    ]);
    expect((await send('PATCH', '/api/v1/principles/nope', { name: 'x' })).statusCode).toBe(404);
  });

  it('numbers ADRs per scope, keeps relations consistent on both ends and records status history', async () => {
    const first = await send('POST', '/api/v1/adrs', { title: 'Use MySQL', scope: 'service', scopeName: 'payments', status: 'accepted' });
    expect(first.statusCode).toBe(201);
    const second = await send('POST', '/api/v1/adrs', {
      title: 'Use PostgreSQL',
      scope: 'service',
      scopeName: 'payments',
      status: 'accepted',
      principles: ['well-understood-technology-for-critical-systems'],
      relations: [{ kind: 'supersedes', target: first.json().id }],
    });
    expect(second.statusCode).toBe(201);
    expect(second.json()).toMatchObject({ number: 2, collection: 'service:payments', relations: [{ kind: 'supersedes', adr: { number: 1 } }] });

    const old = (await get(`/api/v1/adrs/${first.json().id}`)).json();
    expect(old.status).toBe('superseded');
    expect(old.relations).toEqual([{ kind: 'superseded-by', adr: expect.objectContaining({ number: 2, title: 'Use PostgreSQL' }) }]);
    expect(old.history.map((h: { status: string }) => h.status)).toEqual(['accepted', 'superseded']);

    const orgWide = await send('POST', '/api/v1/adrs', { title: 'Trace every request' });
    expect(orgWide.json()).toMatchObject({ number: 1, scope: 'organization', status: 'proposed' });
    const amended = await send('POST', `/api/v1/adrs/${orgWide.json().id}/relations`, { kind: 'amends', target: second.json().id });
    expect(amended.statusCode).toBe(201);
    const again = await send('POST', `/api/v1/adrs/${orgWide.json().id}/relations`, { kind: 'amends', target: second.json().id });
    expect(again.statusCode).toBe(409);

    const byPrinciple = (await get('/api/v1/adrs?principle=well-understood-technology-for-critical-systems')).json();
    expect(byPrinciple.items.map((a: { title: string }) => a.title)).toEqual(['Use PostgreSQL']);
    expect((await get('/api/v1/adrs?service=payments&status=superseded')).json().items.map((a: { title: string }) => a.title)).toEqual(['Use MySQL']);
    expect((await get('/api/v1/adrs?q=postgresql')).json().items).toHaveLength(1);
    const principle = (await get('/api/v1/principles/well-understood-technology-for-critical-systems')).json();
    expect(principle.citedBy.adrs.map((a: { title: string }) => a.title)).toEqual(['Use PostgreSQL']);

    // The decision graph: every record once, each stated relation once (not its inverse).
    const graph = (await get('/api/v1/adrs/graph')).json<{ nodes: { id: string; title: string }[]; edges: { source: string; target: string; kind: string }[] }>();
    expect(graph.nodes.map((node) => node.title)).toEqual(['Use MySQL', 'Use PostgreSQL', 'Trace every request']);
    const [mysql, postgres, tracing] = [first, second, orgWide].map((created) => created.json<{ id: string }>().id);
    expect(graph.edges).toEqual([
      { id: `${String(postgres)}->${String(mysql)}:supersedes`, source: postgres, target: mysql, kind: 'supersedes' },
      { id: `${String(tracing)}->${String(postgres)}:amends`, source: tracing, target: postgres, kind: 'amends' },
    ]);
  });

  it('refuses broken relations and unknown records, changing nothing', async () => {
    const before = (await get('/api/v1/adrs?limit=500')).json().items.length;
    const broken = await send('POST', '/api/v1/adrs', { title: 'Dangling', relations: [{ kind: 'amends', target: '01NOPE' }] });
    expect(broken.statusCode).toBe(422);
    expect(broken.json().errors).toEqual([{ field: 'body/relations/0/target', message: 'no ADR "01NOPE"' }]);
    expect((await send('POST', '/api/v1/adrs', { title: 'Cites nothing real', principles: ['be-clever'] })).statusCode).toBe(422);
    expect((await get('/api/v1/adrs/01NOPE')).statusCode).toBe(404);
    expect((await get('/api/v1/adrs?limit=500')).json().items).toHaveLength(before);
  });

  it('stores a pushed adr-tools folder idempotently, with its relations', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'gw-adr-push-'));
    try {
      const ctx: AdrContext = {
        fs: nodeAdrFs(cwd),
        env: { ADR_DATE: '2026-11-28' },
        write: () => undefined,
        runEditor: () => 0,
        today: () => '2026-11-28',
      };
      adrInit(ctx, undefined);
      adrNew(ctx, { title: ['Use', 'Kafka'] });
      adrNew(ctx, { title: ['Use', 'NATS'], supersedes: ['2'] });
      adrLink(ctx, '3', 'Amends', '1', 'Amended by');
      const push = () => send('PUT', '/api/v1/adr-repositories/shop-api', pushBodyOf(adrRecords(ctx).records, 'checkout'));

      const first = await push();
      expect(first.statusCode).toBe(200);
      expect(first.json()).toEqual({ repository: 'shop-api', created: [1, 2, 3], updated: [], unchanged: [] });
      expect((await push()).json()).toEqual({ repository: 'shop-api', created: [], updated: [], unchanged: [1, 2, 3] });

      writeFileSync(join(cwd, 'doc/adr/0002-use-kafka.md'), adrRecords(ctx).records[1]!.body.replace('## Context', '## Context\n\nThroughput.'));
      expect((await push()).json()).toMatchObject({ updated: [2], unchanged: [1, 3] });

      const listed = (await get('/api/v1/adrs?repository=shop-api')).json().items;
      expect(listed.map((a: { number: number; status: string }) => `${a.number} ${a.status}`)).toEqual(['1 accepted', '2 superseded', '3 accepted']);
      const nats = (await get(`/api/v1/adrs/${listed[2].id}`)).json();
      expect(nats).toMatchObject({ scope: 'service', scopeName: 'checkout', file: '0003-use-nats.md' });
      expect(nats.relations.map((r: { kind: string; adr: { number: number } }) => `${r.kind} ${r.adr.number}`)).toEqual(['amends 1', 'supersedes 2']);
      const kafka = (await get(`/api/v1/adrs/${listed[1].id}`)).json();
      expect(kafka.relations.map((r: { kind: string; adr: { number: number } }) => `${r.kind} ${r.adr.number}`)).toEqual(['superseded-by 3']);

      const bad = pushBodyOf(adrRecords(ctx).records, 'checkout');
      bad.records[0]!.relations.push({ kind: 'relates-to', target: 42 });
      bad.records[0]!.title = 'Changed';
      const refused = await send('PUT', '/api/v1/adr-repositories/shop-api', bad);
      expect(refused.statusCode).toBe(422);
      expect(refused.json().errors[0].message).toContain('ADR 42, which does not exist');
      expect((await get(`/api/v1/adrs/${listed[0].id}`)).json().title).toBe('Record architecture decisions');
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });

  it('runs a design review from the system design template to a decided ADR', async () => {
    const templates = (await get('/api/v1/review-templates')).json().items;
    expect(templates[0].sections.map((s: { title: string }) => s.title)).toEqual([
      'Summary and goals',
      'Non-goals',
      'Context and current state',
      'Proposed design',
      'Alternatives considered and why not',
      'Service architecture choice',
      'API changes',
      'Data and migrations',
      'Scalability',
      'Reliability',
      'Observability',
      'Security and privacy',
      'Rollout and rollback',
      'Operational readiness',
      'Cost',
      'Open questions',
    ]);

    const created = await send('POST', '/api/v1/reviews', {
      title: 'Split payments out of the monolith',
      service: 'payments',
      reviewers: ['alice', 'bob'],
      principles: ['design-for-failure'],
    });
    expect(created.statusCode).toBe(201);
    const id: string = created.json().id;
    expect(created.json()).toMatchObject({ state: 'draft', requiredApprovals: 2, author: 'test-member', allowedActions: ['submit', 'withdraw'] });

    const write = await send('PUT', `/api/v1/reviews/${id}/sections/proposed-design`, { content: 'A payments service behind the API gateway.' });
    expect(write.statusCode).toBe(200);
    expect((await send('PUT', `/api/v1/reviews/${id}/sections/proposed-design`, { content: 'x' }, alice)).statusCode).toBe(403);
    expect((await send('POST', `/api/v1/reviews/${id}/approve`, {}, alice)).json()).toMatchObject({
      status: 409,
      type: 'https://groundwork.dev/problems/illegal-transition',
    });

    expect((await send('POST', `/api/v1/reviews/${id}/submit`, {})).json().state).toBe('in-review');
    expect((await send('POST', `/api/v1/reviews/${id}/approve`, {})).statusCode).toBe(403);
    const comment = await send('POST', `/api/v1/reviews/${id}/comments`, { section: 'reliability', body: 'What happens when the gateway times out?' }, bob);
    expect(comment.statusCode).toBe(201);
    const question = comment.json().comments[0];
    const answered = await send('POST', `/api/v1/reviews/${id}/comments`, { parentId: question.id, body: 'Retries with backoff, then a queued fallback.' });
    expect(answered.json().comments[0].replies).toEqual([expect.objectContaining({ section: 'reliability', author: 'test-member' })]);

    expect((await send('POST', `/api/v1/reviews/${id}/approve`, {}, alice)).json().state).toBe('in-review');
    const overdue = (await get('/api/v1/reviews?overdue=true&overdueDays=0')).json().items;
    expect(overdue.map((r: { id: string }) => r.id)).toEqual([id]);
    expect((await get('/api/v1/reviews?overdue=true')).json().items).toEqual([]);

    expect((await send('POST', `/api/v1/reviews/${id}/request-changes`, { note: 'Describe the fallback.' }, bob)).json().state).toBe('changes-requested');
    await send('PUT', `/api/v1/reviews/${id}/sections/reliability`, { content: 'Timeouts of 2 s, retries with backoff, a circuit breaker.' });
    const resubmitted = (await send('POST', `/api/v1/reviews/${id}/submit`, {})).json();
    expect(resubmitted.reviewers.map((r: { decision: string }) => r.decision)).toEqual(['pending', 'pending']);
    await send('POST', `/api/v1/reviews/${id}/approve`, {}, alice);
    expect((await send('POST', `/api/v1/reviews/${id}/approve`, {}, bob)).json().state).toBe('approved');
    expect((await send('POST', `/api/v1/reviews/${id}/withdraw`, {}, alice)).statusCode).toBe(403);

    const decided = (await send('POST', `/api/v1/reviews/${id}/decide`, {})).json();
    expect(decided.state).toBe('decided');
    const adr = (await get(`/api/v1/adrs/${decided.adrId}`)).json();
    expect(adr).toMatchObject({
      title: 'Split payments out of the monolith',
      status: 'accepted',
      scope: 'service',
      scopeName: 'payments',
      reviewId: id,
      principles: ['design-for-failure'],
      deciders: ['test-member', 'alice', 'bob'],
    });
    expect(adr.body).toContain('## Reliability\n\nTimeouts of 2 s, retries with backoff, a circuit breaker.');
    const final = await send('POST', `/api/v1/reviews/${id}/withdraw`, {});
    expect(final.statusCode).toBe(409);
    expect(final.json().detail).toContain('it is final');
    const cited = (await get('/api/v1/principles/design-for-failure')).json().citedBy;
    expect(cited.reviews.map((r: { id: string }) => r.id)).toEqual([id]);
    expect(cited.adrs.map((a: { id: string }) => a.id)).toEqual([decided.adrId]);

    const audit = await t.db.selectFrom('audit_log').select(['action']).where('entity_type', '=', 'review').where('entity_id', '=', id).execute();
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['create', 'update-section', 'submit', 'comment', 'approve', 'request-changes', 'decide']),
    );
  });

  it('refuses reviews that cannot work', async () => {
    const res = await send('POST', '/api/v1/reviews', { title: 'x', reviewers: ['alice'], requiredApprovals: 2, template: 'nope' });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors.map((e: { field: string }) => e.field)).toEqual(['body/template', 'body/requiredApprovals']);
    expect((await send('POST', '/api/v1/reviews', { title: 'x', reviewers: ['alice'] }, t.as('viewer'))).statusCode).toBe(403);

    // Reviewers are people Groundwork knows: an active member or admin token carries the name.
    await createToken(t.db, LOCAL_ACTOR, { name: 'victor-viewer', role: 'viewer' });
    await createToken(t.db, LOCAL_ACTOR, { name: 'gone', role: 'member' });
    await revokeToken(t.db, LOCAL_ACTOR, 'gone');
    const reviews = async () => (await get('/api/v1/reviews')).json<{ items: unknown[] }>().items.length;
    const before = await reviews();
    const unknown = await send('POST', '/api/v1/reviews', { title: 'x', reviewers: ['alice', 'nobody', 'victor-viewer', 'gone'] });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().errors).toEqual([
      { field: 'body/reviewers/1', message: 'no active member or admin token is named "nobody"' },
      { field: 'body/reviewers/2', message: 'no active member or admin token is named "victor-viewer"' },
      { field: 'body/reviewers/3', message: 'no active member or admin token is named "gone"' },
    ]);
    expect(await reviews()).toBe(before);
  });

  it('changes an ADR status with If-Match, keeping the history', async () => {
    const created = await send('POST', '/api/v1/adrs', { title: 'Adopt feature flags', status: 'proposed' });
    const etag = created.headers.etag as string;
    const stale = await t.app.inject({ method: 'PATCH', url: `/api/v1/adrs/${created.json().id}`, payload: { status: 'accepted' }, headers: { ...t.as('member'), 'if-match': '"adr-old-0"' } });
    expect(stale.statusCode).toBe(412);
    const ok = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/adrs/${created.json().id}`,
      payload: { status: 'accepted', statusNote: 'agreed in the architecture forum' },
      headers: { ...t.as('member'), 'if-match': etag },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().history.map((h: { status: string; note: string | null }) => [h.status, h.note])).toEqual([
      ['proposed', 'created'],
      ['accepted', 'agreed in the architecture forum'],
    ]);
  });

  it("lets teams add their own templates and run transitions without a body", async () => {
    const template = await send('POST', '/api/v1/review-templates', {
      id: 'api-review',
      name: 'API review',
      sections: [
        { key: 'consumers', title: 'Consumers', prompt: 'Who calls it?' },
        { key: 'lint', title: 'Lint and diff results', prompt: 'Link them.' },
      ],
    });
    expect(template.statusCode).toBe(201);
    expect((await send('POST', '/api/v1/review-templates', { id: 'system-design-review', name: 'x', sections: [{ key: 'a', title: 'A', prompt: '' }] })).statusCode).toBe(409);
    const review = (await send('POST', '/api/v1/reviews', { title: 'Orders API v2', template: 'api-review', reviewers: ['alice'] })).json();
    expect(review.sections.map((s: { key: string }) => s.key)).toEqual(['consumers', 'lint']);
    const submitted = await t.app.inject({ method: 'POST', url: `/api/v1/reviews/${review.id}/submit`, headers: t.as('member') });
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json().state).toBe('in-review');
    const withdrawn = await t.app.inject({ method: 'POST', url: `/api/v1/reviews/${review.id}/withdraw`, headers: t.as('member') });
    expect(withdrawn.json().state).toBe('withdrawn');
  });
});
