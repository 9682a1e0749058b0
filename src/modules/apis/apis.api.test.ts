import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/dialects.js';
import { buildTestApp, type TestApp } from '../../../test/build-test-app.js';
import { LOCAL_ACTOR } from '../../platform/auth/actor.js';
import { createCatalogService } from '../catalog/index.js';
import { createApisService } from './apis.service.js';

const PAIRS = join(import.meta.dirname, '../../../../shared/corpora/openapi-pairs');

interface Op {
  readonly deprecated?: boolean;
  readonly sunset?: string;
  readonly requiredQuery?: string;
}

/** A small OpenAPI 3.0 document in YAML with the given operations (`METHOD /path`). */
function doc(version: string, ops: Record<string, Op>): string {
  const paths = new Map<string, string[]>();
  for (const [key, op] of Object.entries(ops)) {
    const [method = 'get', path = '/'] = key.split(' ');
    const lines = [
      `    ${method.toLowerCase()}:`,
      `      operationId: ${method.toLowerCase()}${path.replace(/[^A-Za-z]/g, '')}`,
      '      summary: An operation',
      '      description: Does what it says.',
      '      tags: [things]',
      ...(op.deprecated === true ? ['      deprecated: true'] : []),
      ...(op.sunset !== undefined ? [`      x-sunset: "${op.sunset}"`] : []),
      ...(op.requiredQuery !== undefined ? ['      parameters:', `        - name: ${op.requiredQuery}`, '          in: query', '          required: true', '          schema: { type: string }'] : []),
      '      responses:',
      "        '200':",
      '          description: OK',
      '          content:',
      '            application/json:',
      '              schema: { type: object, properties: { id: { type: string } } }',
    ];
    paths.set(path, [...(paths.get(path) ?? []), ...lines]);
  }
  const body = [...paths].flatMap(([path, lines]) => [`  ${path}:`, ...lines]);
  return [
    'openapi: 3.0.3',
    'info:',
    '  title: Things API',
    `  version: ${version}`,
    '  description: Things.',
    '  contact: { name: Team A, url: "https://example.com" }',
    'servers:',
    '  - url: https://api.example.com/v1',
    'tags:',
    '  - name: things',
    '    description: Things.',
    'paths:',
    ...body,
    '',
  ].join('\n');
}

interface VersionBody {
  api: string;
  version: string;
  previousVersion: string | null;
  lint: { error: number; warn: number; info: number; hint: number };
  changes: { breaking: number; warning: number; info: number };
  forced: boolean;
  forceReason: string | null;
  operations: number;
  deprecatedOperations: number;
  openapiVersion: string;
}
interface ViolationBody {
  type: string;
  detail: string;
  violations: { id: string; level: string; operation?: { method: string; path: string }; reason: string }[];
}

describe.each(DIALECTS)('API registry on $name', (dialect) => {
  let t: TestApp;
  const get = (url: string) => t.app.inject({ url, headers: t.as('viewer') });
  const send = (method: 'POST' | 'PUT', url: string, payload: object) => t.app.inject({ method, url, headers: t.as('member'), payload });
  const push = (api: string, version: string, document: string, extra: object = {}) => send('POST', `/api/v1/apis/${api}/versions`, { version, document, ...extra });

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    for (const [url, body] of [
      ['/api/v1/teams', { name: 'team-a' }],
      ['/api/v1/teams', { name: 'team-b' }],
      ['/api/v1/apis', { name: 'things', owner: 'team-a' }],
      ['/api/v1/apis', { name: 'widgets', owner: 'team-b' }],
      ['/api/v1/apis', { name: 'twilio-messaging', owner: 'team-b' }],
      ['/api/v1/services', { name: 'things-service', owner: 'team-a', providesApis: ['things'] }],
      ['/api/v1/services', { name: 'shop', owner: 'team-b' }],
      ['/api/v1/services', { name: 'billing', owner: 'team-b' }],
      ['/api/v1/dependencies', { source: 'shop', targetKind: 'api', target: 'things' }],
      ['/api/v1/dependencies', { source: 'billing', targetKind: 'api', target: 'things' }],
    ] as const) {
      const res = await send('POST', url, body);
      expect(res.statusCode, `${url} ${res.body}`).toBe(201);
    }
  });
  afterAll(async () => {
    await t.close();
  });

  const v1 = doc('1.0.0', { 'GET /things': {}, 'POST /things': {}, 'GET /things/{id}': {}, 'DELETE /things/{id}': { deprecated: true, sunset: '2020-01-31' } });
  const removed = doc('1.1.0', { 'GET /things': {}, 'POST /things': {}, 'DELETE /things/{id}': { deprecated: true, sunset: '2020-01-31' } });

  it('stores a first version with its lint summary, and answers 404 for an unknown API', async () => {
    const res = await push('things', '1.0.0', v1, { gitRef: 'abc123' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.headers.location).toBe('/api/v1/apis/things/versions/1.0.0');
    const body = res.json<VersionBody>();
    expect(body).toMatchObject({ api: 'things', version: '1.0.0', previousVersion: null, openapiVersion: '3.0.3', forced: false, operations: 4, deprecatedOperations: 1 });
    expect(body.changes).toEqual({ breaking: 0, warning: 0, info: 0 });
    const lint = (await get('/api/v1/apis/things/versions/1.0.0/lint')).json<{ summary: VersionBody['lint']; items: { code: string; severity: number; range: unknown }[] }>();
    expect(lint.summary).toEqual(body.lint);
    expect(lint.items.length).toBe(body.lint.error + body.lint.warn + body.lint.info + body.lint.hint);

    expect((await push('nope', '1.0.0', v1)).statusCode).toBe(404);
    expect((await get('/api/v1/apis/nope/versions')).statusCode).toBe(404);
    expect((await get('/api/v1/apis/things/versions/9.9.9')).statusCode).toBe(404);
  });

  it('refuses a breaking change without a major bump (409 with the violations) and the same label twice', async () => {
    const res = await push('things', '1.1.0', removed);
    expect(res.statusCode, res.body).toBe(409);
    const problem = res.json<ViolationBody>();
    expect(problem.type).toBe('https://groundwork.dev/problems/release-policy-violation');
    expect(problem.violations).toHaveLength(1);
    expect(problem.violations[0]).toMatchObject({ level: 'breaking', operation: { method: 'GET', path: '/things/{id}' } });
    expect(problem.violations[0]?.reason).toContain('needs a major version bump');
    expect(problem.violations[0]?.reason).toContain('no deprecation period: operation was not deprecated for 90 days');

    const taken = await push('things', '1.0.0', v1);
    expect(taken.statusCode).toBe(409);
    expect(taken.json<{ type: string }>().type).toMatch(/version-exists$/);
    expect((await get('/api/v1/apis/things/versions')).json<{ items: unknown[] }>().items).toHaveLength(1);
  });

  it('refuses it with a major bump too when the operation was never deprecated', async () => {
    const res = await push('things', '2.0.0', removed.replace('version: 1.1.0', 'version: 2.0.0'));
    expect(res.statusCode, res.body).toBe(409);
    const [violation] = res.json<ViolationBody>().violations;
    expect(violation?.reason).toBe('no deprecation period: operation was not deprecated for 90 days');
  });

  it('accepts it forced with a reason, and audits the reason; a force without a reason is a 400', async () => {
    const noReason = await push('things', '2.0.0', removed, { force: true });
    expect(noReason.statusCode).toBe(400);
    const res = await push('things', '2.0.0', removed, { force: true, reason: 'GET /things/{id} leaked data; removed at once' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<VersionBody>()).toMatchObject({ version: '2.0.0', previousVersion: '1.0.0', forced: true, forceReason: 'GET /things/{id} leaked data; removed at once', changes: { breaking: 1 } });
    const audit = await t.app.inject({ url: '/api/v1/audit?entity=api-version:things@2.0.0', headers: t.as('admin') });
    const [entry] = audit.json<{ items: { action: string; after: { reason: string; overriddenViolations: unknown[] } }[] }>().items;
    expect(entry?.action).toBe('publish-forced');
    expect(entry?.after.reason).toBe('GET /things/{id} leaked data; removed at once');
    expect(entry?.after.overriddenViolations).toHaveLength(1);
  });

  it('lists versions newest first and serves each one, its document, changes and changelog', async () => {
    const list = (await get('/api/v1/apis/things/versions')).json<{ items: VersionBody[]; nextCursor: string | null }>();
    expect(list.items.map((v) => v.version)).toEqual(['2.0.0', '1.0.0']);
    const paged = (await get('/api/v1/apis/things/versions?limit=1')).json<{ items: VersionBody[]; nextCursor: string }>();
    expect(paged.items.map((v) => v.version)).toEqual(['2.0.0']);
    const next = (await get(`/api/v1/apis/things/versions?limit=1&cursor=${paged.nextCursor}`)).json<{ items: VersionBody[]; nextCursor: string | null }>();
    expect(next).toMatchObject({ items: [{ version: '1.0.0' }], nextCursor: null });

    expect((await get('/api/v1/apis/things/versions/1.0.0')).json<VersionBody>().version).toBe('1.0.0');
    const document = await get('/api/v1/apis/things/versions/1.0.0/document');
    expect(document.statusCode).toBe(200);
    expect(document.headers['content-type']).toMatch(/^application\/yaml/);
    expect(document.body).toBe(v1);

    const changes = (await get('/api/v1/apis/things/versions/2.0.0/changes')).json<{ base: string; head: string; summary: unknown; items: { id: string; level: string; operation: unknown }[] }>();
    expect(changes).toMatchObject({ base: '1.0.0', head: '2.0.0', summary: { breaking: 1, warning: 0 } });
    expect(changes.items.find((c) => c.level === 'breaking')).toMatchObject({ id: 'api-removed-without-deprecation', operation: { method: 'GET', path: '/things/{id}' } });
    expect((await get('/api/v1/apis/things/versions/1.0.0/changes')).json()).toMatchObject({ base: null, head: '1.0.0', items: [] });

    const changelog = (await get('/api/v1/apis/things/changelog')).json<{ items: { version: string; summary: { breaking: number }; changes: unknown[] }[] }>();
    expect(changelog.items.map((i) => [i.version, i.summary.breaking])).toEqual([
      ['2.0.0', 1],
      ['1.0.0', 0],
    ]);
    const markdown = await get('/api/v1/apis/things/changelog?format=markdown');
    expect(markdown.headers['content-type']).toMatch(/^text\/markdown/);
    expect(markdown.body).toMatch(/^# Changelog: things\n/);
    expect(markdown.body).toContain('## 2.0.0 (');
    expect(markdown.body).toContain('### Breaking changes');
    expect(markdown.body).toContain('#### `GET /things/{id}`');
    expect(markdown.body).toContain('(`api-removed-without-deprecation`)');
    expect(markdown.body).toContain('First version in the registry.');
  });

  it('analyses stored versions again for an admin, keeping what the engines say, and audits only what changed', async () => {
    const before = (await get('/api/v1/apis/things/versions/2.0.0/changes')).json<{ summary: unknown; items: unknown[] }>();
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/apis/things/analysis', headers: t.as('member') })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/apis/ghost/analysis', headers: t.as('admin') })).statusCode).toBe(404);
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/apis/things/analysis', headers: t.as('admin') });
    expect(res.statusCode).toBe(200);
    const body = res.json<{ api: string; items: { version: string; before: unknown; after: unknown }[] }>();
    expect(body.items.map((item) => item.version)).toEqual(['1.0.0', '2.0.0']);
    for (const item of body.items) expect(item.after).toEqual(item.before);
    expect((await get('/api/v1/apis/things/versions/2.0.0/changes')).json()).toEqual(before);
    const audit = await t.app.inject({ url: '/api/v1/audit?entity=api-version:things@2.0.0', headers: t.as('admin') });
    expect(audit.json<{ items: { action: string }[] }>().items.some((entry) => entry.action === 'reanalyse')).toBe(false);
  });

  it('gives the latest version of every API that has one in one call, optionally for named APIs', async () => {
    const latest = (url: string) => get(url).then((res) => {
      expect(res.statusCode, res.body).toBe(200);
      return res.json<{ items: VersionBody[] }>().items.map((v) => `${v.api}@${v.version}`);
    });
    // widgets and twilio-messaging have no version yet: absent, not null.
    expect(await latest('/api/v1/api-versions/latest')).toEqual(['things@2.0.0']);
    const [things] = (await get('/api/v1/api-versions/latest')).json<{ items: VersionBody[] }>().items;
    expect(things).toEqual((await get('/api/v1/apis/things/versions/2.0.0')).json());

    await send('POST', '/api/v1/apis', { name: 'latest-a' });
    await send('POST', '/api/v1/apis', { name: 'latest-b' });
    for (const v of ['1.0.0', '1.1.0', '1.2.0']) expect((await push('latest-a', v, doc(v, { 'GET /a': {} }))).statusCode).toBe(201);
    expect((await push('latest-b', '0.1.0', doc('0.1.0', { 'GET /b': {} }))).statusCode).toBe(201);
    expect(await latest('/api/v1/api-versions/latest')).toEqual(['latest-a@1.2.0', 'latest-b@0.1.0', 'things@2.0.0']);
    // Repeated, comma-separated, or both; unknown and version-less names are left out.
    expect(await latest('/api/v1/api-versions/latest?api=things&api=latest-b')).toEqual(['latest-b@0.1.0', 'things@2.0.0']);
    expect(await latest('/api/v1/api-versions/latest?api=latest-a,nope,widgets')).toEqual(['latest-a@1.2.0']);
    expect(await latest('/api/v1/api-versions/latest?api=latest-a,%20things&api=latest-a')).toEqual(['latest-a@1.2.0', 'things@2.0.0']);
    expect(await latest('/api/v1/api-versions/latest?api=')).toEqual([]);

    const tooMany = Array.from({ length: 501 }, (_, i) => `a${String(i)}`).join(',');
    expect((await get(`/api/v1/api-versions/latest?api=${tooMany}`)).statusCode).toBe(400);
    expect((await t.app.inject({ url: '/api/v1/api-versions/latest' })).statusCode).toBe(401);
  });

  it('refuses removing an operation before its announced sunset, even with a major bump', async () => {
    const base = doc('1.0.0', { 'GET /widgets': {}, 'DELETE /widgets': { deprecated: true, sunset: '2999-01-01' } });
    expect((await push('widgets', '1.0.0', base)).statusCode).toBe(201);
    const res = await push('widgets', '2.0.0', doc('2.0.0', { 'GET /widgets': {} }));
    expect(res.statusCode, res.body).toBe(409);
    const [violation] = res.json<ViolationBody>().violations;
    expect(violation).toMatchObject({ id: 'api-removed-before-sunset', level: 'breaking' });
    expect(violation?.reason).toMatch(/^removed before its sunset 2999-01-01/);
  });

  it('follows the release policy set for the API', async () => {
    expect((await get('/api/v1/apis/widgets/release-policy')).json()).toEqual({ requireMajorBumpForBreaking: true, deprecationDays: 90, ruleset: 'groundwork:guidelines' });
    const put = await send('PUT', '/api/v1/apis/widgets/release-policy', { requireMajorBumpForBreaking: false, deprecationDays: 0, ruleset: 'spectral:oas' });
    expect(put.statusCode, put.body).toBe(200);
    expect((await get('/api/v1/apis/widgets/release-policy')).json()).toEqual({ requireMajorBumpForBreaking: false, deprecationDays: 0, ruleset: 'spectral:oas' });
    expect((await t.app.inject({ method: 'PUT', url: '/api/v1/apis/widgets/release-policy', headers: t.as('viewer'), payload: { requireMajorBumpForBreaking: true, deprecationDays: 1 } })).statusCode).toBe(403);
    // A new required parameter breaks clients; this policy lets it through without a major bump.
    const res = await push('widgets', '1.1.0', doc('1.1.0', { 'GET /widgets': { requiredQuery: 'colour' }, 'DELETE /widgets': { deprecated: true, sunset: '2999-01-01' } }));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<VersionBody>().changes.breaking).toBeGreaterThan(0);
  });

  it('answers 422 for documents that do not parse or are not OpenAPI', async () => {
    const broken = await push('widgets', '3.0.0', 'openapi: 3.0.3\ninfo: [unclosed\n');
    expect(broken.statusCode).toBe(422);
    expect(broken.json<{ detail: string }>().detail).toMatch(/cannot be parsed \(line \d+\)/);
    const notOpenApi = await push('widgets', '3.0.0', '{"hello": "world"}');
    expect(notOpenApi.statusCode).toBe(422);
    expect((await push('widgets', '3.0.0', 'swagger: "2.0"\ninfo: {title: x, version: "1"}\npaths: {}\n')).statusCode).toBe(201);
  });

  it('gives the deprecation timeline with owners and consumers, filtered by date, API and team', async () => {
    const all = (await get('/api/v1/deprecations')).json<{ items: { api: string; owner: string | null; method: string; path: string; sunset: string | null; overdue: boolean; consumers: string[]; deprecatedSince: unknown }[] }>();
    // things@2.0.0 still has DELETE /things/{id} (sunset 2020-01-31, overdue); widgets' latest is the 2.0 document without operations.
    expect(all.items).toEqual([
      {
        api: 'things',
        owner: 'team-a',
        method: 'DELETE',
        path: '/things/{id}',
        operationId: 'deletethingsid',
        deprecated: true,
        sunset: '2020-01-31',
        deprecatedSince: { version: '1.0.0', date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) as unknown },
        overdue: true,
        consumers: ['billing', 'shop'],
      },
    ]);
    expect((await get('/api/v1/deprecations?before=2020-01-31')).json<{ items: unknown[] }>().items).toHaveLength(0);
    expect((await get('/api/v1/deprecations?before=2020-02-01')).json<{ items: unknown[] }>().items).toHaveLength(1);
    expect((await get('/api/v1/deprecations?team=team-b')).json<{ items: unknown[] }>().items).toHaveLength(0);
    expect((await get('/api/v1/deprecations?api=things&team=team-a')).json<{ items: unknown[] }>().items).toHaveLength(1);
    expect((await get('/api/v1/deprecations?before=tomorrow')).statusCode).toBe(400);
  });

  it('lints a posted document (YAML or JSON, viewer role) and answers 422 for a bad one', async () => {
    const yaml = await t.app.inject({ method: 'POST', url: '/api/v1/lint', headers: { ...t.as('viewer'), 'content-type': 'application/yaml' }, payload: v1 });
    expect(yaml.statusCode, yaml.body).toBe(200);
    const stored = (await get('/api/v1/apis/things/versions/1.0.0/lint')).json();
    expect(yaml.json()).toMatchObject({ summary: (stored as { summary: unknown }).summary });

    const json = JSON.stringify({ openapi: '3.0.3', info: { title: 'x', version: '1' }, paths: { '/a': { get: { responses: { '200': { description: 'ok' } } } } } }, null, 2);
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/lint?ruleset=spectral:oas', headers: { ...t.as('viewer'), 'content-type': 'application/json' }, payload: json });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<{ summary: { warn: number }; items: { code: string; range: { start: { line: number } } }[] }>();
    const missingId = body.items.find((f) => f.code === 'operation-operationId');
    expect(missingId?.range.start.line).toBe(json.split('\n').findIndex((line) => line.includes('"get"')));

    const bad = await t.app.inject({ method: 'POST', url: '/api/v1/lint', headers: { ...t.as('viewer'), 'content-type': 'text/plain' }, payload: 'just: [text' });
    expect(bad.statusCode).toBe(422);
    const notApi = await t.app.inject({ method: 'POST', url: '/api/v1/lint', headers: { ...t.as('viewer'), 'content-type': 'application/json' }, payload: '[1, 2]' });
    expect(notApi.statusCode).toBe(422);
  });

  it('runs the release gate on a real pair (twilio messaging v1: four operations removed)', async () => {
    const base = readFileSync(join(PAIRS, 'twilio-oai-messaging-v1/base.yaml'), 'utf8');
    const head = readFileSync(join(PAIRS, 'twilio-oai-messaging-v1/head.yaml'), 'utf8');
    expect((await push('twilio-messaging', '1.0.0', base)).statusCode).toBe(201);
    const refused = await push('twilio-messaging', '1.1.0', head);
    expect(refused.statusCode, refused.body).toBe(409);
    const removedOps = refused
      .json<ViolationBody>()
      .violations.filter((v) => v.id.startsWith('api-') && v.id.includes('removed'))
      .map((v) => `${v.operation?.method ?? ''} ${v.operation?.path ?? ''}`)
      .sort();
    expect(removedOps).toEqual(['GET /v1/Tollfree/Verifications', 'GET /v1/Tollfree/Verifications/{Sid}', 'POST /v1/Tollfree/Verifications', 'POST /v1/Tollfree/Verifications/{Sid}']);
    const forced = await push('twilio-messaging', '2.0.0', head, { force: true, reason: 'upstream removed the toll-free verification API' });
    expect(forced.statusCode, forced.body).toBe(201);
    expect(forced.json<VersionBody>()).toMatchObject({ operations: 41, previousVersion: '1.0.0' });
  });

  it('keeps versions consistent under concurrent uploads (each is stored or refused with 409, never a 500)', async () => {
    await send('POST', '/api/v1/apis', { name: 'race' });
    const results = await Promise.all(['1.0.0', '1.0.1', '1.0.2', '1.0.2'].map((v) => push('race', v, doc(v, { 'GET /race': {} }))));
    const codes = results.map((r) => r.statusCode);
    expect(codes.every((c) => c === 201 || c === 409), codes.join()).toBe(true);
    const stored = (await get('/api/v1/apis/race/versions')).json<{ items: VersionBody[] }>().items;
    expect(stored.length).toBe(codes.filter((c) => c === 201).length);
    expect(new Set(stored.map((v) => v.version)).size).toBe(stored.length);
    // Each version's previous is the one stored before it.
    expect(stored.map((v) => v.previousVersion)).toEqual([...stored.slice(1).map((v) => v.version), null]);
  });

  it('stores and serves the large real documents (openai 2.9 MB YAML pair, kubernetes 4.1 MB Swagger 2.0 JSON)', async () => {
    await send('POST', '/api/v1/apis', { name: 'openai' });
    const base = readFileSync(join(PAIRS, 'openai-openapi/base.yaml'), 'utf8');
    const head = readFileSync(join(PAIRS, 'openai-openapi/head.yaml'), 'utf8');
    expect((await push('openai', '1.0.0', base)).statusCode).toBe(201);
    const second = await push('openai', '1.1.0', head);
    expect(second.statusCode, second.body.slice(0, 500)).toBe(201);
    expect(second.json<VersionBody>()).toMatchObject({ openapiVersion: '3.1.0', operations: 288, changes: { breaking: 0 } });
    expect((await get('/api/v1/apis/openai/versions/1.1.0/document')).body).toBe(head);
    // From 3.1 to Swagger 2.0: not comparable operation by operation, so one breaking change.
    const kubernetes = readFileSync(join(PAIRS, '../openapi/kubernetes-client-python-swagger.json'), 'utf8');
    const swagger = await push('openai', '2.0.0', kubernetes, { force: true, reason: 'a 4 MB document' });
    expect(swagger.statusCode, swagger.body.slice(0, 500)).toBe(201);
    expect(swagger.json<VersionBody>()).toMatchObject({ openapiVersion: '2.0', changes: { breaking: 1 } });
    const changes = (await get('/api/v1/apis/openai/versions/2.0.0/changes')).json<{ items: { id: string }[] }>();
    expect(changes.items.map((c) => c.id)).toEqual(['openapi-major-version-changed']);
  }, 120_000);

  it('lets an operation go after it was deprecated for the policy period, and sums facts for readiness', async () => {
    let clock = new Date('2026-01-01T12:00:00Z');
    const apis = createApisService(t.db, { catalog: createCatalogService(t.db), now: () => clock });
    const ctx = { actor: LOCAL_ACTOR };
    await send('POST', '/api/v1/apis', { name: 'gadgets', owner: 'team-a' });
    await t.app.inject({ method: 'PATCH', url: '/api/v1/services/things-service', headers: t.as('member'), payload: { providesApis: ['things', 'gadgets'] } });
    const first = await apis.publishVersion('gadgets', { version: '1.0.0', document: doc('1.0.0', { 'GET /gadgets': {}, 'DELETE /gadgets': {} }) }, ctx);
    expect('created' in first).toBe(true);
    clock = new Date('2026-02-01T12:00:00Z');
    const deprecated = await apis.publishVersion('gadgets', { version: '1.1.0', document: doc('1.1.0', { 'GET /gadgets': {}, 'DELETE /gadgets': { deprecated: true } }) }, ctx);
    expect('created' in deprecated).toBe(true);
    clock = new Date('2026-03-01T12:00:00Z');
    const early = await apis.publishVersion('gadgets', { version: '2.0.0', document: doc('2.0.0', { 'GET /gadgets': {} }) }, ctx);
    expect(early).toMatchObject({ refused: [{ reason: 'no deprecation period: operation was deprecated 28 days ago (in 1.1.0), not 90' }] });
    clock = new Date('2026-05-10T12:00:00Z');
    const late = await apis.publishVersion('gadgets', { version: '2.0.0', document: doc('2.0.0', { 'GET /gadgets': {} }) }, ctx);
    expect(late).toMatchObject({ created: { version: '2.0.0', forced: false, changes: { breaking: 0 } } });

    const facts = await apis.factsForServices(['things-service', 'shop', 'ghost']);
    const things = (await get('/api/v1/apis/things/versions/2.0.0')).json<VersionBody>();
    const gadgets = await apis.getVersion('gadgets', '2.0.0');
    expect(facts.get('things-service')).toEqual({
      versionedApis: 2,
      lintErrors: things.lint.error + gadgets.lint.error,
      lintWarnings: things.lint.warn + gadgets.lint.warn,
      breakingChangesLatest: 1,
      sunsetsOverdue: 1,
    });
    expect(facts.get('shop')).toEqual({ versionedApis: 0, lintErrors: 0, lintWarnings: 0, breakingChangesLatest: 0, sunsetsOverdue: 0 });
    expect(facts.get('ghost')).toEqual({ versionedApis: 0, lintErrors: 0, lintWarnings: 0, breakingChangesLatest: 0, sunsetsOverdue: 0 });
  });
});
