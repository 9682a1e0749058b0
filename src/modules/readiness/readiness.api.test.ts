import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/dialects.js';
import { buildTestApp, type TestApp } from '../../../test/build-test-app.js';
import { LOCAL_ACTOR } from '../../platform/auth/actor.js';
import { createCatalogService } from '../catalog/index.js';
import { createReadinessService } from './readiness.service.js';

const CORPUS = join(import.meta.dirname, '../../../../shared/corpora/backstage');

function corpusFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.yaml')) out.push(relative(CORPUS, path));
    }
  };
  walk(CORPUS);
  return out.sort();
}

interface ReportBody {
  services: { service: string; team: string | null; level: string | null; failing: { check: string; reason: string }[] }[];
  teams: { team: string | null; services: number; levels: Record<string, number> }[];
  checks: { check: string; group: string | null }[];
}

describe.each(DIALECTS)('readiness API on $name', (dialect) => {
  let t: TestApp;
  const get = (url: string) => t.app.inject({ url, headers: t.as('viewer') });
  const send = (method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) => t.app.inject({ method, url, headers: t.as('member'), ...(payload ? { payload } : {}) });

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    for (const file of corpusFiles()) {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/catalog/import', headers: { ...t.as('member'), 'content-type': 'application/yaml' }, payload: readFileSync(join(CORPUS, file), 'utf8') });
      expect(res.statusCode, file).toBe(200);
    }
  });
  afterAll(async () => {
    await t.close();
  });

  it('evaluates every imported service with the built-in checklist and names each level and failing check with reasons', async () => {
    const services = (await get('/api/v1/services?limit=500')).json<{ items: { name: string }[] }>().items.map((service) => service.name);
    expect(services.length).toBe(12);
    const res = await get('/api/v1/readiness/report?scorecard=production-readiness');
    expect(res.statusCode).toBe(200);
    const report = res.json<ReportBody>();
    expect(report.services.map((service) => service.service).sort()).toEqual([...services].sort());
    expect(new Set(report.checks.map((check) => check.group))).toEqual(
      new Set(['Ownership and on-call', 'Documentation and runbooks', 'Observability', 'Reliability', 'Scalability', 'Deployment', 'Security', 'API', 'Incident readiness']),
    );
    for (const service of report.services) {
      expect(service).toHaveProperty('level');
      for (const failing of service.failing) expect(failing.reason, `${service.service}/${failing.check}`).not.toBe('');
    }
    // The demo catalog has no runbooks: nobody reaches Bronze, and the reason says which fact is missing.
    const artist = report.services.find((service) => service.service === 'artist-lookup');
    expect(artist).toMatchObject({ team: 'team-a', level: null });
    expect(artist?.failing).toContainEqual({ check: 'has-runbook', reason: 'fact missing: service.runbook (runbook URL)' });
    expect(artist?.failing).toContainEqual({ check: 'load-tested', reason: 'not attested' });
    expect(artist?.failing.map((failing) => failing.check)).not.toContain('has-dashboards');
    const teamA = report.teams.find((team) => team.team === 'team-a');
    expect(teamA?.services).toBe(report.services.filter((service) => service.team === 'team-a').length);

    const filtered = (await get('/api/v1/readiness/report?scorecard=production-readiness&team=team-a')).json<ReportBody>();
    expect(filtered.services.every((service) => service.team === 'team-a')).toBe(true);
    expect((await get('/api/v1/readiness/report?scorecard=nope')).statusCode).toBe(404);

    // Paged: every service once, in the report's order; rollups stay whole on every page.
    const seen: string[] = [];
    let cursor: string | null | undefined = '';
    for (let pages = 0; cursor !== null && pages < 20; pages++) {
      const page: ReportBody & { nextCursor?: string | null } = (await get(`/api/v1/readiness/report?limit=5${cursor ? `&cursor=${cursor}` : ''}`)).json();
      expect(page.services.length).toBeLessThanOrEqual(5);
      expect(page.teams).toEqual(report.teams);
      seen.push(...page.services.map((service) => service.service));
      cursor = page.nextCursor;
    }
    expect(seen).toEqual(report.services.map((service) => service.service));
    expect((await get('/api/v1/readiness/report?limit=5&cursor=nonsense')).statusCode).toBe(400);
    expect((await get('/api/v1/readiness/report?limit=0')).statusCode).toBe(400);
  });

  it('moves a service up a level on the next read after a runbook is added, and the history shows it; reads store nothing', async () => {
    const stored = async () => Number((await t.db.selectFrom('readiness_evaluations').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    // The history tick (or POST /readiness/snapshots) stores the day's first evaluation.
    expect((await send('POST', '/api/v1/readiness/snapshots')).statusCode).toBe(200);
    const baseline = await stored();
    expect(baseline).toBeGreaterThan(0);
    const first = (await get('/api/v1/services/artist-lookup/readiness?scorecard=production-readiness')).json<{
      scorecards: { level: string | null; nextLevel: string; checks: { check: string; passed: boolean; facts: unknown[] }[]; nextSteps: { check: string; blocksNextLevel: boolean; link: string | null }[] }[];
    }>();
    const before = first.scorecards[0];
    expect(before?.level).toBeNull();
    expect(before?.nextSteps[0]).toMatchObject({ check: 'has-runbook', blocksNextLevel: true, link: '/api/v1/services/artist-lookup' });
    expect(before?.checks.find((check) => check.check === 'has-runbook')?.facts).toEqual([{ fact: 'service.runbook', value: null, missing: true }]);

    const patched = await send('PATCH', '/api/v1/services/artist-lookup', { runbook: 'https://runbooks.example.com/artist-lookup' });
    expect(patched.statusCode).toBe(200);
    const after = (await get('/api/v1/services/artist-lookup/readiness?scorecard=production-readiness')).json<{ scorecards: { level: string | null }[] }>();
    expect(after.scorecards[0]?.level).toBe('Bronze');
    const summary = (await get('/api/v1/services/artist-lookup/readiness?scorecard=production-readiness&view=summary')).json<{ scorecards: { level: string | null; checks: unknown[]; nextSteps: unknown[] }[] }>();
    expect(summary.scorecards[0]).toMatchObject({ level: 'Bronze', checks: [] });
    expect(summary.scorecards[0]?.nextSteps.length).toBeGreaterThan(0);
    expect((await get('/api/v1/readiness/report?scorecard=production-readiness')).json<ReportBody>().services.find((service) => service.service === 'artist-lookup')?.level).toBe('Bronze');
    expect(await stored()).toBe(baseline);

    // Not stored yet, the new evaluation is shown as the current one...
    type History = { evaluations: { level: string | null; reason: string; failing: string[] }[] };
    const history = (await get('/api/v1/readiness/history?scorecard=production-readiness&service=artist-lookup')).json<History>();
    expect(history.evaluations.map((evaluation) => [evaluation.level, evaluation.reason])).toEqual([
      [null, 'daily'],
      ['Bronze', 'current'],
    ]);
    expect(history.evaluations[0]?.failing).toContain('has-runbook');
    expect(history.evaluations[1]?.failing).not.toContain('has-runbook');
    expect(await stored()).toBe(baseline);
    // ...and the next tick stores only what changed.
    expect((await send('POST', '/api/v1/readiness/snapshots')).statusCode).toBe(200);
    expect(await stored()).toBeGreaterThan(baseline);
    const storedHistory = (await get('/api/v1/readiness/history?scorecard=production-readiness&service=artist-lookup')).json<History>();
    expect(storedHistory.evaluations.map((evaluation) => [evaluation.level, evaluation.reason])).toEqual([
      [null, 'daily'],
      ['Bronze', 'change'],
    ]);
    // An unchanged result is not stored again the same day.
    const count = await stored();
    await send('POST', '/api/v1/readiness/snapshots');
    expect(await stored()).toBe(count);
    const trend = (await get('/api/v1/readiness/history?scorecard=production-readiness&team=team-a&days=2')).json<{ points: { levels: Record<string, number> }[] }>();
    expect(trend.points).toHaveLength(2);
    expect(trend.points.at(-1)?.levels.Bronze).toBe(1);
  });

  it('reads architecture and API registry facts through their providers', async () => {
    const namespaces = (await get('/api/v1/readiness/facts')).json<{ items: { namespace: string }[] }>().items.map((item) => item.namespace);
    expect(namespaces).toEqual(['service', 'architecture', 'apis']);
    type Readiness = { scorecards: { scorecard: string; checks: { check: string; kind: string; passed: boolean; reason: string | null; facts: { fact: string; value: unknown }[] }[] }[] };
    const check = (body: Readiness, scorecard: string, name: string) => body.scorecards.find((s) => s.scorecard === scorecard)?.checks.find((c) => c.check === name);
    const before = (await get('/api/v1/services/artist-lookup/readiness')).json<Readiness>();
    expect(check(before, 'architecture-hygiene', 'no-stale-reviews')).toMatchObject({ kind: 'expression', passed: true, facts: [{ fact: 'architecture.staleReviews', value: 0 }] });
    expect(check(before, 'production-readiness', 'api-lint-clean')?.kind).toBe('expression');
    // The API registry: wayback-archive provides the wayback-archive API; push a version with an overdue sunset.
    const wayback = () => get('/api/v1/services/wayback-archive/readiness?scorecard=api-readiness').then((res) => res.json<Readiness>());
    expect(check(await wayback(), 'api-readiness', 'api-versioning')).toMatchObject({ kind: 'expression', passed: false });
    const document = [
      'openapi: 3.0.3',
      'info: { title: Wayback archive, version: 1.0.0, description: Snapshots., contact: { name: Team A, url: "https://example.com" } }',
      'servers: [{ url: "https://api.example.com/v1" }]',
      'tags: [{ name: snapshots, description: Snapshots. }]',
      'paths:',
      '  /snapshots:',
      '    get:',
      '      operationId: listSnapshots',
      '      summary: List snapshots',
      '      description: Lists snapshots.',
      '      tags: [snapshots]',
      '      deprecated: true',
      '      x-sunset: "2020-01-31"',
      "      responses: { '200': { description: OK, content: { application/json: { schema: { type: object, properties: { id: { type: string } } } } } } }",
    ].join('\n');
    const pushed = await send('POST', '/api/v1/apis/wayback-archive/versions', { version: '1.0.0', document });
    expect(pushed.statusCode, pushed.body).toBe(201);
    const registry = await wayback();
    expect(check(registry, 'api-readiness', 'api-versioning')).toMatchObject({ passed: true });
    expect(check(registry, 'api-readiness', 'no-overdue-sunsets')).toMatchObject({ passed: false, facts: [{ fact: 'apis.sunsetsOverdue', value: 1, missing: false }] });

    const adr = await send('POST', '/api/v1/adrs', { title: 'Cache artist lookups', scope: 'service', scopeName: 'artist-lookup', status: 'accepted' });
    expect(adr.statusCode).toBe(201);
    const after = (await get('/api/v1/services/artist-lookup/readiness?scorecard=architecture-hygiene')).json<Readiness>();
    expect(check(after, 'architecture-hygiene', 'adrs-for-tier-1')?.facts).toContainEqual({ fact: 'architecture.adrCount', value: 1, missing: false });
  });

  it('refuses expressions that do not parse or name unknown facts, with the position', async () => {
    const syntax = await send('POST', '/api/v1/readiness/scorecards', {
      name: 'broken',
      title: 'Broken',
      filter: 'service.tier <=',
      checks: [{ name: 'typo', title: 'Typo', level: 'Bronze', expression: 'service.owner != "" && service.runbok != ""' }],
    });
    expect(syntax.statusCode).toBe(422);
    expect(syntax.json<{ errors: unknown[] }>().errors).toEqual([
      { field: '/filter', message: expect.stringMatching(/\(line 1, column 16\)$/) },
      { field: '/checks/0/expression', message: 'Unknown fact "service.runbok". (line 1, column 24)' },
    ]);
    const validate = (await send('POST', '/api/v1/readiness/expressions/validate', { expression: 'service.tier <= 2 &&' })).json<{ valid: boolean; problem: { offset: number } }>();
    expect(validate).toMatchObject({ valid: false, problem: { offset: 20, line: 1, column: 21 } });
    expect((await get('/api/v1/readiness/scorecards/broken')).statusCode).toBe(404);
    const builtin = await send('PATCH', '/api/v1/readiness/scorecards/production-readiness', { title: 'Mine' });
    expect(builtin.statusCode).toBe(409);
  });

  it('lets a member define a scorecard and checks, attest with evidence, and audits it', async () => {
    const created = await send('POST', '/api/v1/readiness/scorecards', {
      name: 'team-a-basics',
      title: 'Team A basics',
      filter: 'service.owner == "team-a"',
      checks: [
        { name: 'owned', title: 'Owned', level: 'Bronze', expression: 'service.owner != ""' },
        { name: 'game-day', title: 'Game day held', level: 'Silver', validForDays: 30 },
      ],
    });
    expect(created.statusCode).toBe(201);
    const added = await send('POST', '/api/v1/readiness/scorecards/team-a-basics/checks', { name: 'dashboards', title: 'Dashboards', level: 'Gold', expression: 'size(service.dashboards) > 0' });
    expect(added.statusCode).toBe(201);
    expect(added.json<{ checks: unknown[] }>().checks).toHaveLength(3);
    const badCheck = await send('PATCH', '/api/v1/readiness/scorecards/team-a-basics/checks/dashboards', { expression: 'size(service.dashboard) > 0' });
    expect(badCheck.statusCode).toBe(422);

    const noEvidence = await send('POST', '/api/v1/services/artist-lookup/attestations', { scorecard: 'team-a-basics', check: 'game-day' });
    expect(noEvidence.statusCode).toBe(422);
    const automatic = await send('POST', '/api/v1/services/artist-lookup/attestations', { scorecard: 'team-a-basics', check: 'owned', note: 'yes' });
    expect(automatic.statusCode).toBe(422);
    const attested = await send('POST', '/api/v1/services/artist-lookup/attestations', { scorecard: 'team-a-basics', check: 'game-day', evidenceUrl: 'https://wiki.example.com/game-day' });
    expect(attested.statusCode).toBe(201);
    const readiness = (await get('/api/v1/services/artist-lookup/readiness?scorecard=team-a-basics')).json<{ scorecards: { level: string; score: number }[] }>();
    expect(readiness.scorecards[0]).toMatchObject({ level: 'Gold', score: 1 });
    const audit = await t.db.selectFrom('audit_log').select(['entity_type', 'action']).where('entity_type', 'like', 'readiness-%').execute();
    expect(audit.map((row) => `${row.entity_type}:${row.action}`).sort()).toEqual(['readiness-attestation:create', 'readiness-check:create', 'readiness-scorecard:create']);
  });

  it('expires attestations (the level drops) and shows campaign progress', async () => {
    let now = new Date('2026-11-28T10:00:00Z');
    const catalog = createCatalogService(t.db);
    const readiness = createReadinessService(t.db, catalog, { now: () => now });
    const ctx = { actor: LOCAL_ACTOR };
    await readiness.createScorecard(
      {
        name: 'drills',
        title: 'Drills',
        checks: [
          { name: 'owned', title: 'Owned', level: 'Bronze', expression: 'service.owner != ""' },
          { name: 'restore-drill', title: 'Backup restore drill', level: 'Silver', validForDays: 7 },
        ],
      },
      ctx,
    );
    const campaign = await readiness.createCampaign({ title: 'Drills for team A', scorecard: 'drills', targetLevel: 'Silver', filter: 'service.owner == "team-a"', deadline: '2026-12-31' }, ctx);
    const teamA = campaign.total;
    expect(teamA).toBeGreaterThan(1);
    expect(campaign).toMatchObject({ atTarget: 0, progress: 0, overdue: false, daysLeft: 33 });
    expect(campaign.services[0]?.failing).toEqual([{ check: 'restore-drill', title: 'Backup restore drill', level: 'Silver', reason: 'not attested' }]);

    await readiness.attest('artist-lookup', { scorecard: 'drills', check: 'restore-drill', note: 'Restored from last night\'s backup in 14 min' }, ctx);
    expect((await readiness.serviceReadiness('artist-lookup', { scorecard: 'drills' })).scorecards[0]?.level).toBe('Silver');
    const progressed = await readiness.getCampaign(campaign.campaign.id);
    expect(progressed).toMatchObject({ total: teamA, atTarget: 1 });
    expect(progressed.progress).toBeCloseTo(1 / teamA);

    now = new Date('2026-12-06T10:00:00Z');
    const expired = (await readiness.serviceReadiness('artist-lookup', { scorecard: 'drills' })).scorecards[0];
    expect(expired?.level).toBe('Bronze');
    expect(expired?.checks.find((check) => check.check === 'restore-drill')?.reason).toBe('attestation expired on 2026-12-05 (attested by local CLI)');
    expect((await readiness.getCampaign(campaign.campaign.id)).atTarget).toBe(0);
    now = new Date('2027-01-01T10:00:00Z');
    expect(await readiness.getCampaign(campaign.campaign.id)).toMatchObject({ overdue: true, daysLeft: -1 });
  });
});
