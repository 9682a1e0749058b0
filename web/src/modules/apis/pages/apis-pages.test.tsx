// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ADMIN_SESSION, FakeServer } from '../../../test/fake-server.js';
import { renderApp } from '../../../test/render-app.js';
import { aTeam } from '../../../test/fixtures.js';
import type { ApiVersion, CatalogApi, Deprecation, VersionChanges, VersionLint } from '../registry-api.js';

const NOW = '2026-11-28T12:00:00.000Z';

function anApi(overrides: Partial<CatalogApi> & { name: string }): CatalogApi {
  return {
    title: null, description: null, tags: [], links: [], annotations: {}, labels: {}, extra: {}, unresolved: [], createdAt: NOW, updatedAt: NOW,
    owner: null, system: null, type: 'openapi', lifecycle: null, definition: null,
    ...overrides,
  };
}

function aVersion(overrides: Partial<ApiVersion> & { version: string }): ApiVersion {
  return {
    api: 'orders', gitRef: null, openapiVersion: '3.0.3', createdAt: NOW, createdBy: 'ci-bot', previousVersion: null,
    lint: { error: 0, warn: 0, info: 0, hint: 0 }, changes: { breaking: 0, warning: 0, info: 0 },
    forced: false, forceReason: null, operations: 4, deprecatedOperations: 0,
    ...overrides,
  };
}

/** YYYY-MM-DD `days` from today (UTC), so overdue and due-soon states hold whenever the test runs. */
function inDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

const v1 = aVersion({ version: '1.0.0', createdAt: '2026-09-01T08:00:00.000Z', lint: { error: 0, warn: 2, info: 0, hint: 0 } });
const v2 = aVersion({
  version: '2.0.0', previousVersion: '1.0.0', gitRef: 'abc123def4567890', forced: true, forceReason: 'Partner agreed to migrate by Friday',
  lint: { error: 1, warn: 1, info: 0, hint: 0 }, changes: { breaking: 1, warning: 1, info: 1 }, deprecatedOperations: 1,
});

const changes: VersionChanges = {
  base: '1.0.0',
  head: '2.0.0',
  summary: { breaking: 1, warning: 1, info: 1 },
  items: [
    { id: 'endpoint-added', level: 'info', message: 'Operation POST /orders/{id}/cancel was added.', operation: { method: 'POST', path: '/orders/{id}/cancel' }, head: { pointer: '#/paths/~1orders~1{id}~1cancel/post', line: 40 } },
    { id: 'response-enum-value-added', level: 'warning', message: 'Response property status may now be refunded.', operation: { method: 'GET', path: '/orders/{id}' }, base: { pointer: '#/x', line: 20 }, head: { pointer: '#/x', line: 22 } },
    { id: 'request-parameter-became-required', level: 'breaking', message: 'Query parameter currency became required.', operation: { method: 'GET', path: '/orders' }, base: { pointer: '#/y', line: 12 }, head: { pointer: '#/y', line: 12 } },
  ],
};

const lint: VersionLint = {
  summary: { error: 1, warn: 1, info: 0, hint: 0 },
  items: [
    { code: 'gw-paths-kebab-case', message: 'Path segments must be kebab-case.', path: ['paths', '/lineItems'], severity: 1, range: { start: { line: 9, character: 2 }, end: { line: 9, character: 12 } }, source: 'openapi.yaml' },
    { code: 'oas3-schema', message: '"type" property must be a string.', path: ['components', 'schemas', 'Order', 'type'], severity: 0, range: { start: { line: 30, character: 6 }, end: { line: 30, character: 10 } }, source: 'openapi.yaml' },
  ],
};

const deprecations: Deprecation[] = [
  { api: 'orders', owner: 'team-a', method: 'GET', path: '/orders/legacy', operationId: 'legacyOrders', deprecated: true, sunset: inDays(-10), deprecatedSince: { version: '1.0.0', date: inDays(-100) }, overdue: true, consumers: ['web-shop'] },
  { api: 'billing', owner: 'payments', method: 'DELETE', path: '/invoices/{id}', operationId: null, deprecated: false, sunset: inDays(60), deprecatedSince: { version: '3.1.0', date: inDays(-20) }, overdue: false, consumers: [] },
  { api: 'billing', owner: 'payments', method: 'PUT', path: '/invoices/{id}/notes', operationId: null, deprecated: true, sunset: null, deprecatedSince: { version: '3.1.0', date: inDays(-20) }, overdue: false, consumers: [] },
];

function server() {
  return new FakeServer()
    .on('GET', '/api/v1/session', { body: ADMIN_SESSION })
    .on('GET', '/api/v1/teams', { body: { items: [aTeam({ name: 'team-a' }), aTeam({ name: 'payments' })], nextCursor: null } })
    .on('GET', '/api/v1/apis', {
      body: {
        items: [
          anApi({ name: 'orders', title: 'Orders API', owner: 'team-a', lifecycle: 'production', system: 'shop', tags: ['rest'], description: 'Orders of the web shop.' }),
          anApi({ name: 'billing', owner: 'payments' }),
          anApi({ name: 'search', owner: 'team-a' }),
        ],
        nextCursor: null,
      },
    })
    .on('GET', '/api/v1/apis/orders', { body: anApi({ name: 'orders', title: 'Orders API', owner: 'team-a', lifecycle: 'production', system: 'shop', tags: ['rest'], description: 'Orders of the web shop.' }) })
    .on('GET', '/api/v1/apis/orders/versions', { body: { items: [v2, v1], nextCursor: null } })
    .on('GET', '/api/v1/apis/orders/release-policy', { body: { requireMajorBumpForBreaking: true, deprecationDays: 90, ruleset: 'groundwork:guidelines' } })
    .on('GET', '/api/v1/apis/billing/versions', { body: { items: [aVersion({ api: 'billing', version: '3.1.0', previousVersion: '3.0.0', changes: { breaking: 0, warning: 0, info: 2 } })], nextCursor: null } })
    .on('GET', '/api/v1/apis/search/versions', { body: { items: [], nextCursor: null } })
    .on('GET', '/api/v1/api-versions/latest', { body: { items: [aVersion({ api: 'billing', version: '3.1.0', previousVersion: '3.0.0', changes: { breaking: 0, warning: 0, info: 2 } }), v2] } })
    .on('GET', '/api/v1/apis/orders/versions/2.0.0', { body: v2 })
    .on('GET', '/api/v1/apis/orders/versions/2.0.0/changes', { body: changes })
    .on('GET', '/api/v1/apis/orders/versions/2.0.0/lint', { body: lint })
    .on('GET', '/api/v1/apis/orders/versions/1.0.0', { body: v1 })
    .on('GET', '/api/v1/apis/orders/versions/1.0.0/changes', { body: { base: null, head: '1.0.0', summary: { breaking: 0, warning: 0, info: 0 }, items: [] } })
    .on('GET', '/api/v1/apis/orders/versions/1.0.0/lint', { body: { summary: { error: 0, warn: 0, info: 0, hint: 0 }, items: [] } })
    .on('GET', '/api/v1/deprecations', (req) => {
      const api = req.url.searchParams.get('api');
      const team = req.url.searchParams.get('team');
      return { body: { items: deprecations.filter((d) => (api === null || d.api === api) && (team === null || d.owner === team)) } };
    });
}

describe('API registry pages', { timeout: 30_000 }, () => {
  it('lists the catalog APIs with owner, latest version, lint status and breaking changes', async () => {
    const api = server();
    renderApp('/apis', api);
    const table = await screen.findByRole('table', { name: 'APIs: 3' });
    const orders = within(table).getByRole('row', { name: /orders/ });
    expect(within(orders).getByRole('link', { name: 'orders' }).getAttribute('href')).toBe('/apis/orders');
    expect(within(orders).getByText('Orders API')).toBeTruthy();
    expect(within(orders).getByRole('link', { name: 'team-a' }).getAttribute('href')).toBe('/catalog/teams/team-a');
    expect((await within(orders).findByRole('link', { name: '2.0.0' })).getAttribute('href')).toBe('/apis/orders/versions/2.0.0');
    expect(within(orders).getByText('1 error')).toBeTruthy();
    // A lint warning and a warning-level change.
    expect(within(orders).getAllByText('1 warning')).toHaveLength(2);
    expect(within(orders).getByText('1 breaking change')).toBeTruthy();
    expect(within(orders).getByText('forced')).toBeTruthy();

    const billing = within(table).getByRole('row', { name: /billing/ });
    expect(await within(billing).findByText('lint clean')).toBeTruthy();
    expect(within(billing).getByText('no breaking changes')).toBeTruthy();
    const search = within(table).getByRole('row', { name: /search/ });
    expect(await within(search).findByText('no version registered')).toBeTruthy();
    // One request for the latest versions of the whole table, none per row.
    expect(api.sent('GET', '/api/v1/api-versions/latest')).toHaveLength(1);
    expect(api.requests.filter((r) => r.url.pathname.endsWith('/versions'))).toEqual([]);

    await userEvent.setup().selectOptions(screen.getByLabelText('Owner'), 'payments');
    await waitFor(() => {
      expect(screen.getByRole('table', { name: 'APIs: 1' })).toBeTruthy();
    });
    // Filtering redraws from what was fetched.
    expect(within(screen.getByRole('table', { name: 'APIs: 1' })).getByText('lint clean')).toBeTruthy();
    expect(api.sent('GET', '/api/v1/api-versions/latest')).toHaveLength(1);
  });

  it('pages the APIs without asking the registry again', async () => {
    const many = Array.from({ length: 30 }, (_, i) => anApi({ name: `api-${String(i).padStart(2, '0')}` }));
    const api = server()
      .on('GET', '/api/v1/apis', { body: { items: many, nextCursor: null } })
      .on('GET', '/api/v1/api-versions/latest', { body: { items: [aVersion({ api: 'api-27', version: '9.0.0' })] } });
    renderApp('/apis', api);
    const table = await screen.findByRole('table', { name: 'APIs: 30' });
    expect(await within(table).findAllByText('no version registered')).toHaveLength(25);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() => {
      expect(within(screen.getByRole('table', { name: 'APIs: 30' })).getAllByRole('row')).toHaveLength(6);
    });
    const row = within(screen.getByRole('table', { name: 'APIs: 30' })).getByRole('row', { name: /api-27/ });
    expect(within(row).getByRole('link', { name: '9.0.0' }).getAttribute('href')).toBe('/apis/api-27/versions/9.0.0');
    expect(api.sent('GET', '/api/v1/api-versions/latest')).toHaveLength(1);
  });

  it('keeps the catalog rows when the registry fails', async () => {
    renderApp('/apis', server().on('GET', '/api/v1/api-versions/latest', { status: 503, body: { type: 'about:blank', title: 'Service Unavailable', status: 503 } }));
    const table = await screen.findByRole('table', { name: 'APIs: 3' });
    expect(within(table).getByRole('link', { name: 'orders' })).toBeTruthy();
    expect(await within(table).findAllByText('registry unavailable')).toHaveLength(3);
  });

  it('says so when the catalog has no APIs', async () => {
    renderApp('/apis', server().on('GET', '/api/v1/apis', { body: { items: [], nextCursor: null } }));
    expect(await screen.findByText(/The catalog has no APIs yet/)).toBeTruthy();
  });

  it('shows an error with a retry when the catalog fails', async () => {
    renderApp('/apis', server().on('GET', '/api/v1/apis', { status: 500, body: { type: 'about:blank', title: 'Internal Server Error', status: 500 } }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Internal Server Error');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it("shows an API's catalog fields, its versions newest first and its deprecated operations", async () => {
    renderApp('/apis/orders', server());
    expect(await screen.findByRole('heading', { name: 'Orders API', level: 1 })).toBeTruthy();
    const fields = screen.getByRole('region', { name: 'In the catalog' });
    expect(fields.textContent).toContain('Orders of the web shop.');
    expect(within(fields).getByRole('link', { name: 'shop' }).getAttribute('href')).toBe('/catalog/systems/shop');
    expect(await within(fields).findByText('breaking changes need a major version; 90 days of deprecation before a removal')).toBeTruthy();
    expect(within(fields).getByRole('link', { name: 'guidelines' }).getAttribute('href')).toBe('/apis/guidelines');
    const versions = await screen.findByRole('table', { name: 'Versions of orders, newest first' });
    const rows = within(versions).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('link')[0]?.textContent)).toEqual(['2.0.0', '1.0.0']);
    expect(within(rows[0] as HTMLElement).getByText('forced').getAttribute('title')).toBe('Partner agreed to migrate by Friday');
    expect(within(rows[0] as HTMLElement).getByText('abc123def456')).toBeTruthy();
    expect(within(rows[1] as HTMLElement).getByText('first version')).toBeTruthy();
    expect(within(rows[1] as HTMLElement).getByText('2 warnings')).toBeTruthy();
    const deprecated = await screen.findByRole('region', { name: 'Deprecated operations' });
    expect(deprecated.textContent).toContain('/orders/legacy');
    expect(deprecated.textContent).toContain('10 days ago');
    expect(deprecated.textContent).toContain('used by web-shop');
    expect(screen.getByRole('link', { name: 'Changelog (Markdown)' }).getAttribute('href')).toBe('/api/v1/apis/orders/changelog?format=markdown');
  });

  it('tells how to register a first version when there is none', async () => {
    renderApp('/apis/orders', server().on('GET', '/api/v1/apis/orders/versions', { body: { items: [], nextCursor: null } }));
    expect(await screen.findByText(/groundwork api push openapi.yaml --api orders --version 1.0.0/)).toBeTruthy();
  });

  it('shows a 404 problem for an API the catalog does not hold', async () => {
    renderApp('/apis/nope', server());
    expect((await screen.findByRole('alert')).textContent).toContain('Not Found');
  });

  it('shows a version: forced reason, changes breaking first, the changelog and lint findings by severity', async () => {
    renderApp('/apis/orders/versions/2.0.0', server());
    expect(await screen.findByRole('heading', { name: 'orders 2.0.0', level: 1 })).toBeTruthy();
    expect(screen.getByRole('note').textContent).toContain('Forced past the release policy. Reason given: Partner agreed to migrate by Friday');
    expect(screen.getByRole('link', { name: '1.0.0' }).getAttribute('href')).toBe('/apis/orders/versions/1.0.0');

    const table = await screen.findByRole('table', { name: 'Changes from 1.0.0 to 2.0.0, breaking first' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.querySelector('td .badge')?.textContent)).toEqual(['breaking', 'warning', 'info']);
    expect(rows[0]?.textContent).toContain('GET /orders');
    expect(rows[0]?.textContent).toContain('Query parameter currency became required.');
    expect(rows[0]?.textContent).toContain('request-parameter-became-required');
    expect(rows[0]?.textContent).toContain('line 12');
    expect(rows[2]?.textContent).toContain('line 40 (new)');
    expect(screen.getByRole('heading', { name: 'Changes since 1.0.0' })).toBeTruthy();

    // The changelog is the diff module's Markdown, rendered: breaking section first.
    const changelog = screen.getByRole('region', { name: 'Changelog' });
    const headings = within(changelog).getAllByRole('heading').map((h) => h.textContent);
    expect(headings.slice(0, 3)).toEqual(['Changelog', 'Breaking changes', 'GET /orders']);
    expect(within(changelog).getByText('Breaking:').tagName).toBe('STRONG');

    const findings = await screen.findByRole('region', { name: 'Lint findings' });
    const groups = within(findings).getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(groups).toEqual(['Errors 1', 'Warnings 1']);
    const errors = within(findings).getByRole('table', { name: 'Errors: 1' });
    expect(errors.textContent).toContain('oas3-schema');
    expect(errors.textContent).toContain('components.schemas.Order.type');
    // 0-based range from the engine, shown 1-based.
    expect(within(errors).getByText('31')).toBeTruthy();
  });

  it('says the first version has nothing to compare with', async () => {
    renderApp('/apis/orders/versions/1.0.0', server());
    expect(await screen.findByText(/first registered version of orders/)).toBeTruthy();
    expect(await screen.findByText(/No findings/)).toBeTruthy();
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('draws the deprecation timeline grouped by API with a today line, overdue in red, and filters by team and date', async () => {
    const api = server();
    renderApp('/apis/deprecations', api);
    expect(await screen.findByRole('heading', { name: 'Deprecation timeline', level: 1 })).toBeTruthy();
    expect((await screen.findByText(/3 deprecated operations in 2 APIs/)).textContent).toContain('1 overdue');
    const orders = screen.getByRole('region', { name: /^orders/ });
    const overdue = within(orders).getByRole('link', { name: /GET \/orders\/legacy of orders: deprecated in 1\.0\.0 .*10 days ago/ });
    expect(overdue.getAttribute('href')).toBe('/apis/orders/versions/1.0.0');
    const row = overdue.closest('li');
    expect(row?.className).toContain('status-overdue');
    expect(row?.querySelector('.bar.overdue')).toBeTruthy();
    expect(row?.querySelector('.today-line')).toBeTruthy();
    expect(row?.textContent).toContain('used by web-shop');
    const billing = screen.getByRole('region', { name: /^billing/ });
    expect(within(billing).getAllByRole('listitem')).toHaveLength(2);
    expect(billing.textContent).toContain('not marked deprecated, sunset announced in 3.1.0');
    expect(billing.textContent).toContain('in 60 days');
    expect(billing.textContent).toContain('no sunset announced');
    expect(billing.querySelector('.bar.open.open-end')).toBeTruthy();

    const user = userEvent.setup();
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Team' }), 'payments');
    await waitFor(() => {
      expect(api.requests.some((r) => r.url.pathname === '/api/v1/deprecations' && r.url.searchParams.get('team') === 'payments')).toBe(true);
    });
    await waitFor(() => {
      expect(screen.queryByRole('region', { name: /^orders/ })).toBeNull();
    });
    const before = screen.getByLabelText('Sunset before');
    await user.type(before, '2027-01-31');
    await waitFor(() => {
      expect(api.requests.some((r) => r.url.pathname === '/api/v1/deprecations' && r.url.searchParams.get('before') === '2027-01-31')).toBe(true);
    });
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => {
      expect(screen.getByRole('region', { name: /^orders/ })).toBeTruthy();
    });
  });

  it('explains how to deprecate when nothing is deprecated', async () => {
    renderApp('/apis/deprecations', server().on('GET', '/api/v1/deprecations', { body: { items: [] } }));
    expect(await screen.findByText(/No API deprecates an operation/)).toBeTruthy();
  });

  it('shows an error with a retry when the timeline fails', async () => {
    renderApp('/apis/deprecations', server().on('GET', '/api/v1/deprecations', { status: 503, body: { type: 'about:blank', title: 'Service Unavailable', status: 503 } }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Service Unavailable');
  });

  it('keeps the guidelines under their own section tab', async () => {
    renderApp('/apis/deprecations', server().on('GET', '/api/v1/deprecations', { body: { items: [] } }));
    const nav = await screen.findByRole('navigation', { name: 'Modules' });
    expect(within(nav).getByRole('link', { name: 'Guidelines' }).getAttribute('href')).toBe('/apis/guidelines');
    expect(within(nav).getByRole('link', { name: 'Deprecations' }).getAttribute('href')).toBe('/apis/deprecations');
  });
});
