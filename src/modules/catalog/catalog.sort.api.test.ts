import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/dialects.js';
import { buildTestApp, type TestApp } from '../../../test/build-test-app.js';

interface Row {
  name: string;
  owner: string | null;
  system: string | null;
  tier: number | null;
  lifecycle: string | null;
  updatedAt: string;
}

// Ties on every column and empty values in each nullable one, so paging crosses both.
const SERVICES: Omit<Row, 'updatedAt'>[] = [
  { name: 'a-gateway', owner: 'beta', system: 'shop', tier: 2, lifecycle: 'production' },
  { name: 'ab-billing', owner: 'alpha', system: null, tier: 1, lifecycle: 'production' },
  { name: 'b-cart', owner: null, system: 'shop', tier: null, lifecycle: 'experimental' },
  { name: 'c-ledger', owner: 'alpha', system: 'money', tier: 1, lifecycle: null },
  { name: 'd-search', owner: 'beta', system: null, tier: null, lifecycle: 'deprecated' },
  { name: 'e-mail', owner: null, system: 'money', tier: 3, lifecycle: 'production' },
  { name: 'f-fraud', owner: 'alpha', system: 'shop', tier: 2, lifecycle: null },
  { name: 'g-report', owner: 'beta', system: null, tier: 4, lifecycle: 'production' },
  { name: 'h-notify', owner: null, system: null, tier: null, lifecycle: null },
  { name: 'i-auth', owner: 'alpha', system: 'money', tier: 1, lifecycle: 'production' },
];

type Field = 'name' | 'owner' | 'system' | 'tier' | 'lifecycle' | 'updatedAt';

/** The order the API promises: the field in its direction, empty values last, ties by name (binary, as the databases compare). */
function expected(rows: readonly Row[], field: Field, descending: boolean): string[] {
  const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
  return [...rows]
    .sort((a, b) => {
      const va = a[field];
      const vb = b[field];
      if (va === null && vb !== null) return 1;
      if (vb === null && va !== null) return -1;
      if (va !== null && vb !== null && va !== vb) return cmp(va, vb) * (descending ? -1 : 1);
      return field === 'name' && descending ? cmp(b.name, a.name) : cmp(a.name, b.name);
    })
    .map((r) => r.name);
}

describe.each(DIALECTS)('catalog list sorting on $name', (dialect) => {
  let t: TestApp;
  let rows: Row[] = [];
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    const post = async (url: string, payload: object) => {
      const res = await t.app.inject({ method: 'POST', url, headers: t.as('member'), payload });
      expect(res.statusCode, res.body).toBe(201);
    };
    for (const name of ['alpha', 'beta']) await post('/api/v1/teams', { name });
    for (const name of ['shop', 'money']) await post('/api/v1/systems', { name });
    for (const s of SERVICES) await post('/api/v1/services', s);
    // Two pairs share an update time, so the tiebreaker decides there too.
    const times = ['2026-01-03', '2026-01-01', '2026-01-02', '2026-01-01', '2026-01-05', '2026-01-04', '2026-01-02', '2026-01-06', '2026-01-07', '2026-01-08'];
    rows = SERVICES.map((s, i) => ({ ...s, updatedAt: `${times[i] ?? '2026-01-09'}T00:00:00.000Z` }));
    for (const r of rows) await t.db.updateTable('catalog_entities').set({ updated_at: r.updatedAt }).where('kind', '=', 'service').where('name', '=', r.name).execute();
  });
  afterAll(async () => {
    await t.close();
  });

  const get = (url: string) => t.app.inject({ url, headers: t.as('viewer') });

  async function walk(query: string, limit: number): Promise<{ names: string[]; pages: number }> {
    const names: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await get(`/api/v1/services?limit=${limit}${query}${cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`}`);
      expect(res.statusCode, res.body).toBe(200);
      const page = res.json<{ items: { name: string }[]; nextCursor: string | null }>();
      names.push(...page.items.map((i) => i.name));
      cursor = page.nextCursor;
      pages++;
    } while (cursor !== null && pages < 50);
    return { names, pages };
  }

  const fields: Field[] = ['name', 'owner', 'system', 'tier', 'lifecycle', 'updatedAt'];
  for (const field of fields) {
    for (const descending of [false, true]) {
      const sort = `${descending ? '-' : ''}${field}`;
      it(`pages through sort=${sort} in the promised order at every page size`, async () => {
        const want = expected(rows, field, descending);
        for (const limit of [1, 2, 3, 4, 100]) {
          const { names } = await walk(`&sort=${encodeURIComponent(sort)}`, limit);
          expect(names, `limit ${limit}`).toEqual(want);
        }
      });
    }
  }

  it('keeps the default order (name) and its cursors when sort is absent', async () => {
    const { names } = await walk('', 3);
    expect(names).toEqual(expected(rows, 'name', false));
    expect((await walk('&sort=name', 3)).names).toEqual(names);
  });

  it('sorts within filters', async () => {
    const { names } = await walk('&owner=alpha&sort=-tier', 1);
    expect(names).toEqual(['f-fraud', 'ab-billing', 'c-ledger', 'i-auth']);
  });

  it('answers an unknown sort with a 400 listing the allowed values', async () => {
    const res = await get('/api/v1/services?sort=colour');
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const body = res.json<{ type: string; errors: { field: string; message: string }[] }>();
    expect(body.type).toContain('invalid-sort');
    expect(body.errors).toEqual([
      {
        field: 'querystring/sort',
        message: 'must be one of: name, owner, system, tier, lifecycle, createdAt, updatedAt, -name, -owner, -system, -tier, -lifecycle, -createdAt, -updatedAt',
      },
    ]);
    // Teams have no tier, owner or lifecycle; their container is the parent team.
    const teams = await get('/api/v1/teams?sort=tier');
    expect(teams.statusCode).toBe(400);
    expect(teams.json<{ errors: { message: string }[] }>().errors[0]?.message).toBe('must be one of: name, parent, createdAt, updatedAt, -name, -parent, -createdAt, -updatedAt');
    expect((await get('/api/v1/teams?sort=-name')).json<{ items: { name: string }[] }>().items.map((i) => i.name)).toEqual(['beta', 'alpha']);
  });

  it('refuses a cursor issued for another order instead of skipping or repeating rows', async () => {
    const byTier = (await get('/api/v1/services?limit=2&sort=tier')).json<{ nextCursor: string }>().nextCursor;
    const byName = (await get('/api/v1/services?limit=2')).json<{ nextCursor: string }>().nextCursor;
    for (const url of [
      `/api/v1/services?sort=-tier&cursor=${encodeURIComponent(byTier)}`,
      `/api/v1/services?cursor=${encodeURIComponent(byTier)}`,
      `/api/v1/services?sort=tier&cursor=${encodeURIComponent(byName)}`,
    ]) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(400);
      expect(res.json<{ type: string }>().type).toContain('invalid-cursor');
    }
  });

  it('stays stable when rows arrive or change between pages', async () => {
    const first = (await get('/api/v1/services?limit=4&sort=tier')).json<{ items: { name: string }[]; nextCursor: string }>();
    expect(first.items.map((i) => i.name)).toEqual(['ab-billing', 'c-ledger', 'i-auth', 'a-gateway']);
    // Sorts before the cursor: not shown on later pages. Sorts after it: shown once.
    const early = await t.app.inject({ method: 'POST', url: '/api/v1/services', headers: t.as('member'), payload: { name: 'aa-early', tier: 1 } });
    const late = await t.app.inject({ method: 'POST', url: '/api/v1/services', headers: t.as('member'), payload: { name: 'z-late', tier: null } });
    expect([early.statusCode, late.statusCode]).toEqual([201, 201]);
    try {
      const rest: string[] = [];
      let cursor: string | null = first.nextCursor;
      while (cursor !== null) {
        type Page = { items: { name: string }[]; nextCursor: string | null };
        const page: Page = (await get(`/api/v1/services?limit=4&sort=tier&cursor=${encodeURIComponent(cursor)}`)).json<Page>();
        rest.push(...page.items.map((i) => i.name));
        cursor = page.nextCursor;
      }
      expect(rest).toEqual(['f-fraud', 'e-mail', 'g-report', 'b-cart', 'd-search', 'h-notify', 'z-late']);
    } finally {
      for (const name of ['aa-early', 'z-late']) await t.app.inject({ method: 'DELETE', url: `/api/v1/services/${name}`, headers: t.as('member') });
    }
  });
});
