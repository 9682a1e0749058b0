import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/dialects.js';
import { buildTestApp, type TestApp } from '../../../test/build-test-app.js';

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

describe.each(DIALECTS)('catalog API on $name', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
  });
  afterAll(async () => {
    await t.close();
  });

  const post = (url: string, payload: unknown, role: 'admin' | 'member' | 'viewer' = 'member') =>
    t.app.inject({ method: 'POST', url, headers: t.as(role), payload: payload as object });
  const get = (url: string, role: 'admin' | 'member' | 'viewer' = 'viewer') => t.app.inject({ url, headers: t.as(role) });
  const auditCount = async () => (await t.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
  const entityCount = async () => (await t.db.selectFrom('catalog_entities').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;

  it('creates a team and a service, reads them back with an ETag and an audit row', async () => {
    const team = await post('/api/v1/teams', { name: 'payments', title: 'Payments', email: 'pay@example.com' });
    expect(team.statusCode).toBe(201);
    const created = await post('/api/v1/services', {
      name: 'checkout',
      title: 'Checkout',
      owner: 'payments',
      tier: 1,
      lifecycle: 'production',
      architecture: 'service',
      repository: 'https://git.example.com/checkout',
      runbook: 'https://wiki.example.com/checkout',
      dashboards: ['https://grafana.example.com/d/checkout'],
      onCall: 'pagerduty:PX1',
      links: [{ url: 'https://docs.example.com/checkout', title: 'Docs' }],
      tags: ['java', 'critical'],
    });
    expect(created.statusCode).toBe(201);
    expect(created.headers.location).toBe('/api/v1/services/checkout');
    const read = await get('/api/v1/services/checkout');
    expect(read.statusCode).toBe(200);
    expect(read.headers.etag).toMatch(/^".+"$/);
    expect(read.json()).toMatchObject({ name: 'checkout', owner: 'payments', tier: 1, tags: ['java', 'critical'], unresolved: [] });
    const teamRead = await get('/api/v1/teams/payments');
    expect(teamRead.json()).toMatchObject({ name: 'payments', title: 'Payments', members: [] });
    const audit = await get('/api/v1/audit?entity=service:checkout');
    expect(audit.json().items).toEqual([expect.objectContaining({ action: 'create', entityType: 'service', entityId: 'checkout' })]);
  });

  it('refuses an unknown owner or system with a 422 naming the field, and writes nothing', async () => {
    const before = [await entityCount(), await auditCount()];
    const res = await post('/api/v1/services', { name: 'orphan', owner: 'nobody', system: 'nowhere' });
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().errors).toEqual([
      { field: 'body/owner', message: 'no team named "nobody" in the catalog' },
      { field: 'body/system', message: 'no system named "nowhere" in the catalog' },
    ]);
    expect([await entityCount(), await auditCount()]).toEqual(before);
  });

  it('answers bad input with the right problem document and changes nothing', async () => {
    const before = [await entityCount(), await auditCount()];
    const malformed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/services',
      headers: { ...t.as('member'), 'content-type': 'application/json' },
      payload: '{"name": "x",',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().type).toMatch(/malformed-json$/);
    const wrongType = await post('/api/v1/services', { name: 'x', tier: 'one', tags: 'java' });
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json().errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['body/tier', 'body/tags']));
    const unknownField = await post('/api/v1/services', { name: 'x', colour: 'blue' });
    expect(unknownField.statusCode).toBe(400);
    expect(unknownField.json().errors).toContainEqual({ field: 'body/colour', message: 'is not a known field' });
    const badName = await post('/api/v1/services', { name: 'Not A Slug' });
    expect(badName.statusCode).toBe(400);
    const noToken = await t.app.inject({ method: 'POST', url: '/api/v1/services', payload: { name: 'x' } });
    expect(noToken.statusCode).toBe(401);
    const wrongToken = await t.app.inject({ method: 'POST', url: '/api/v1/services', headers: { authorization: 'Bearer gw_wrong' }, payload: { name: 'x' } });
    expect(wrongToken.statusCode).toBe(401);
    const viewer = await post('/api/v1/services', { name: 'x' }, 'viewer');
    expect(viewer.statusCode).toBe(403);
    const duplicate = await post('/api/v1/teams', { name: 'payments' });
    expect(duplicate.statusCode).toBe(409);
    const missing = await get('/api/v1/services/does-not-exist');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ status: 404, instance: '/api/v1/services/does-not-exist' });
    const badYaml = await t.app.inject({
      method: 'POST',
      url: '/api/v1/catalog/import',
      headers: { ...t.as('member'), 'content-type': 'application/yaml' },
      payload: 'apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata: {name: fine}\nspec: {type: team}\n---\nkind: [oops\n',
    });
    expect(badYaml.statusCode).toBe(400);
    expect(badYaml.json().type).toMatch(/malformed-yaml$/);
    expect(badYaml.json().errors[0].field).toMatch(/^body\[1\]:\d+$/);
    const badJsonImport = await t.app.inject({
      method: 'POST',
      url: '/api/v1/catalog/import',
      headers: { ...t.as('member'), 'content-type': 'application/json' },
      payload: '[{"apiVersion": "backstage.io/v1alpha1", "kind": "Group",\n "metadata": {"name": "fine"}},\n {"kind": "System", "apiVersion": "v1", "metadata": {"name": 5}}]',
    });
    expect(badJsonImport.statusCode).toBe(422);
    expect(badJsonImport.json().errors).toEqual([{ field: 'body[1]:3', message: 'missing "metadata.name"' }]);
    const huge = await t.app.inject({
      method: 'POST',
      url: '/api/v1/catalog/import',
      headers: { ...t.as('member'), 'content-type': 'application/yaml' },
      payload: `# ${'x'.repeat(11 * 1024 * 1024)}\n`,
    });
    expect(huge.statusCode).toBe(413);
    expect([await entityCount(), await auditCount()]).toEqual(before);
  });

  it('replays a create with the same Idempotency-Key instead of creating twice', async () => {
    const send = () =>
      t.app.inject({ method: 'POST', url: '/api/v1/systems', headers: { ...t.as('member'), 'idempotency-key': 'sys-once' }, payload: { name: 'billing', owner: 'payments' } });
    const first = await send();
    const second = await send();
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(second.json()).toEqual(first.json());
    expect((await get('/api/v1/audit?entity=system:billing')).json().items).toHaveLength(1);
  });

  it('updates with If-Match: 412 on a stale ETag, 200 with the current one', async () => {
    const first = await get('/api/v1/services/checkout');
    const etag = first.headers.etag as string;
    const ok = await t.app.inject({ method: 'PATCH', url: '/api/v1/services/checkout', headers: { ...t.as('member'), 'if-match': etag }, payload: { tier: 2 } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().tier).toBe(2);
    expect(ok.headers.etag).not.toBe(etag);
    const stale = await t.app.inject({ method: 'PATCH', url: '/api/v1/services/checkout', headers: { ...t.as('member'), 'if-match': etag }, payload: { tier: 3 } });
    expect(stale.statusCode).toBe(412);
    expect((await get('/api/v1/services/checkout')).json().tier).toBe(2);
    const badOwner = await t.app.inject({ method: 'PATCH', url: '/api/v1/services/checkout', headers: t.as('member'), payload: { owner: 'ghosts' } });
    expect(badOwner.statusCode).toBe(422);
  });

  it('refuses to delete a service others depend on unless forced', async () => {
    expect((await post('/api/v1/services', { name: 'ledger', owner: 'payments' })).statusCode).toBe(201);
    const dep = await post('/api/v1/dependencies', { source: 'checkout', targetKind: 'service', target: 'ledger' });
    expect(dep.statusCode).toBe(201);
    expect(dep.json()).toMatchObject({ kind: 'sync', targetKnown: true });
    const unknownTarget = await post('/api/v1/dependencies', { source: 'checkout', targetKind: 'resource', target: 'nope' });
    expect(unknownTarget.statusCode).toBe(422);
    const graph = await get('/api/v1/services/ledger/graph?depth=2');
    expect(graph.json()).toMatchObject({
      root: 'ledger',
      nodes: expect.arrayContaining([expect.objectContaining({ kind: 'service', name: 'checkout', depth: 1, known: true })]),
      edges: [{ source: 'checkout', targetKind: 'service', target: 'ledger', kind: 'sync' }],
    });
    const refused = await t.app.inject({ method: 'DELETE', url: '/api/v1/services/ledger', headers: t.as('member') });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().details.dependents).toEqual(['service:checkout depends on it']);
    const teamRefused = await t.app.inject({ method: 'DELETE', url: '/api/v1/teams/payments', headers: t.as('member') });
    expect(teamRefused.statusCode).toBe(409);
    const forced = await t.app.inject({ method: 'DELETE', url: '/api/v1/services/ledger?force=true', headers: t.as('member') });
    expect(forced.statusCode).toBe(204);
    expect((await get('/api/v1/dependencies?source=checkout')).json().items).toEqual([]);
  });

  it('searches services, teams and systems by name and title', async () => {
    const res = await get('/api/v1/search?q=PAY');
    expect(res.json().items).toEqual([{ kind: 'team', name: 'payments', title: 'Payments' }]);
    expect((await get('/api/v1/search?q=check')).json().items).toEqual([{ kind: 'service', name: 'checkout', title: 'Checkout' }]);
  });

  it('pages through 1,200 services without duplicates or gaps, and filters', async () => {
    const rows = Array.from({ length: 1200 }, (_, i) => {
      const name = `svc-${String(i).padStart(4, '0')}`;
      return {
        kind: 'service',
        name,
        title: null,
        owner: 'payments',
        container: null,
        tier: (i % 4) + 1,
        lifecycle: 'production',
        tags: JSON.stringify(i % 2 === 0 ? ['even'] : ['odd']),
        data: JSON.stringify({
          name,
          title: null,
          description: null,
          tags: i % 2 === 0 ? ['even'] : ['odd'],
          links: [],
          annotations: {},
          labels: {},
          extra: {},
          owner: 'payments',
          system: null,
          type: 'service',
          tier: (i % 4) + 1,
          lifecycle: 'production',
          architecture: null,
          repository: null,
          runbook: null,
          dashboards: [],
          onCall: null,
          providesApis: [],
        }),
        version: 1,
        created_at: '2026-11-28T00:00:00.000Z',
        updated_at: '2026-11-28T00:00:00.000Z',
      };
    });
    for (let i = 0; i < rows.length; i += 200) await t.db.insertInto('catalog_entities').values(rows.slice(i, i + 200)).execute();
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const url: string = `/api/v1/services?limit=500&q=svc-${cursor ? `&cursor=${cursor}` : ''}`;
      const page: { items: { name: string }[]; nextCursor: string | null } = (await get(url)).json();
      seen.push(...page.items.map((s) => s.name));
      cursor = page.nextCursor;
      pages++;
    } while (cursor !== null);
    expect(pages).toBe(3);
    expect(seen).toEqual(rows.map((r) => r.name));
    const tier1 = (await get('/api/v1/services?tier=1&tag=even&owner=payments&lifecycle=production&limit=500')).json();
    expect(tier1.items).toHaveLength(300);
    expect((await get('/api/v1/services?limit=501')).statusCode).toBe(400);
    expect((await get('/api/v1/services?cursor=garbage')).statusCode).toBe(400);
    await t.db.deleteFrom('catalog_entities').where('name', 'like', 'svc-%').execute();
  });

  it('imports every corpus file, reports unresolved references, and re-imports an export unchanged', async () => {
    const files = corpusFiles();
    const totals = { created: 0, updated: 0, unchanged: 0 };
    let skipped = 0;
    const warnings: string[] = [];
    for (const file of files) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/catalog/import',
        headers: { ...t.as('member'), 'content-type': 'application/yaml' },
        payload: readFileSync(join(CORPUS, file), 'utf8'),
      });
      expect(res.statusCode, file).toBe(200);
      const body: { created: number; updated: number; unchanged: number; skipped: unknown[]; errors: unknown[]; warnings: { code: string; message: string }[] } = res.json();
      expect(body.errors).toEqual([]);
      totals.created += body.created;
      totals.updated += body.updated;
      totals.unchanged += body.unchanged;
      skipped += body.skipped.length;
      warnings.push(...body.warnings.filter((w) => w.code === 'unresolved-reference').map((w) => w.message));
    }
    // 7 groups, 12 users, 3 systems, 3 domains, 12 components, 3 APIs, 1 resource.
    expect(totals).toEqual({ created: 41, updated: 0, unchanged: 0 });
    expect(skipped).toBe(6);
    // team-c and frank.tiernan live in a file the corpus does not hold: kept, reported.
    const searcher = (await get('/api/v1/services/petstore')).json();
    expect(searcher.unresolved).toEqual([{ field: 'owner', ref: 'team-c' }]);
    expect(warnings.some((w) => w.includes('"team-c"'))).toBe(true);
    // The reference resolves by itself when the team arrives.
    expect((await post('/api/v1/teams', { name: 'team-c', title: 'Team C' })).statusCode).toBe(201);
    expect((await get('/api/v1/services/petstore')).json().unresolved).toEqual([]);
    expect((await get('/api/v1/services?owner=team-a&limit=500')).json().items.map((s: { name: string }) => s.name)).toEqual([
      'artist-lookup',
      'wayback-archive',
      'wayback-archive-storage',
      'www-artist',
    ]);

    const exported = await get('/api/v1/catalog/export');
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toContain('application/yaml');
    const dry = await t.app.inject({
      method: 'POST',
      url: '/api/v1/catalog/import?dryRun=true',
      headers: { ...t.as('member'), 'content-type': 'application/yaml' },
      payload: exported.body,
    });
    expect(dry.json().entities.filter((e: { action: string }) => e.action !== 'unchanged')).toEqual([]);
    expect(dry.json()).toMatchObject({ dryRun: true, created: 0, updated: 0, errors: [] });
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/v1/catalog/import',
      headers: { ...t.as('member'), 'content-type': 'application/yaml' },
      payload: exported.body,
    });
    expect(again.json()).toMatchObject({ created: 0, updated: 0, errors: [] });
    expect(again.json().unchanged).toBe(again.json().entities.length);

    // A dry run that would change things reports them and writes nothing.
    const before = await auditCount();
    const change = await t.app.inject({
      method: 'POST',
      url: '/api/v1/catalog/import?dryRun=true',
      headers: { ...t.as('member'), 'content-type': 'application/yaml' },
      payload: 'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata: {name: brand-new}\nspec: {owner: team-a, dependsOn: [component:petstore]}\n',
    });
    expect(change.json()).toMatchObject({ created: 1, entities: [{ kind: 'service', name: 'brand-new', action: 'created' }] });
    expect((await get('/api/v1/services/brand-new')).statusCode).toBe(404);
    expect(await auditCount()).toBe(before);
  });

  it('publishes its routes in the OpenAPI document with camelCase operationIds', async () => {
    const doc = (await t.app.inject({ url: '/api/v1/openapi.json' })).json();
    expect(doc.paths['/api/v1/services'].get.operationId).toBe('listServices');
    expect(doc.paths['/api/v1/services/{name}'].patch.operationId).toBe('updateService');
    expect(doc.paths['/api/v1/catalog/import'].post.operationId).toBe('importCatalog');
    for (const path of Object.values<Record<string, { operationId?: string }>>(doc.paths)) {
      for (const op of Object.values(path)) if (op.operationId) expect(op.operationId).toMatch(/^[a-z][a-zA-Z0-9]*$/);
    }
  });
});
