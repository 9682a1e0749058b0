/**
 * The web UI end to end: a real `groundwork serve` (built by `npm test` beforehand) with a
 * temporary SQLite database, driven through Debian's Chromium. Every step saves a
 * screenshot under test-results/e2e/; any console error or unannounced failed request
 * fails the run; the first page load's JavaScript is measured and printed.
 */
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, PageGuard, screenshot, watchScripts } from './e2e-browser.js';
import { REPO_ROOT, startServer, type RunningServer } from './e2e-server.js';

const BACKSTAGE = join(REPO_ROOT, '..', 'shared', 'corpora', 'backstage');
const JS_BUDGET_GZIP = 500 * 1024;

// A small chain pasted into the import page, so the graph has two hops on each side of
// web-shop: mobile-bff → web-shop → checkout-api → artist-lookup (from the corpus file).
const CHAIN_YAML = `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: mobile-bff
spec:
  type: service
  lifecycle: production
  owner: payments
  dependsOn: [component:web-shop]
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: web-shop
  title: Web shop
spec:
  type: service
  lifecycle: production
  owner: payments
  dependsOn: [component:checkout-api]
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: checkout-api
spec:
  type: service
  lifecycle: experimental
  owner: payments
  dependsOn: [component:artist-lookup, resource:artists-db]
`;

// Browser steps are slow on a busy 2-core CI machine running the rest of the suite alongside.
describe('web UI in Chromium', { timeout: 120_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let guard: PageGuard;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
    page.setDefaultTimeout(30_000);
    guard = new PageGuard(page);
  });

  afterAll(async () => {
    await browser.close();
    await server.stop();
  });

  async function phone<T>(run: () => Promise<T>): Promise<T> {
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      return await run();
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  }

  it('signs in with a pasted token into a session cookie, and measures the first load', async () => {
    const scripts = watchScripts(page);
    // No allowance for the session check: signed out, it answers 200 {authenticated: false}.
    await page.goto(`${server.baseUrl}/catalog/services?lifecycle=production`);
    await page.waitForURL(/\/sign-in\?next=/);
    await page.getByLabel('Token').waitFor();
    await page.waitForLoadState('networkidle');

    const loads = await scripts();
    const transferred = loads.reduce((n, s) => n + s.transferred, 0);
    const gzip = loads.reduce((n, s) => n + s.gzip, 0);
    console.log(
      `first-load JavaScript: ${loads.length} file(s), ${(gzip / 1024).toFixed(1)} KB gzip, ${(transferred / 1024).toFixed(1)} KB transferred (${[...new Set(loads.map((s) => s.encoding))].join(', ')}); budget ${JS_BUDGET_GZIP / 1024} KB gzip`,
    );
    expect(loads.length).toBeGreaterThan(0);
    expect(gzip).toBeLessThan(JS_BUDGET_GZIP);
    // Served compressed, and hashed assets cached for good.
    expect(loads.every((s) => s.encoding === 'br' || s.encoding === 'gzip')).toBe(true);
    expect(loads.every((s) => s.cacheControl.includes('immutable'))).toBe(true);
    await screenshot(page, '01-sign-in-1280');
    await phone(() => screenshot(page, '01-sign-in-390'));

    guard.expect('POST', /^\/api\/v1\/session$/, 401);
    await page.getByLabel('Token').fill('gw_not-a-real-token');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('not valid');

    await page.getByLabel('Token').fill(server.token);
    await page.getByRole('button', { name: 'Sign in' }).click();
    // Back to the deep link asked for before sign-in.
    await page.waitForURL(/\/catalog\/services\?lifecycle=production$/);
    await page.getByRole('heading', { name: 'Services' }).waitFor();

    const cookies = await context.cookies();
    expect(cookies.length).toBe(1);
    expect(cookies[0]?.httpOnly).toBe(true);
    expect(cookies[0]?.sameSite).toBe('Strict');
    expect(cookies[0]?.value).not.toContain(server.token);
    const stored = await page.evaluate(() => [localStorage, sessionStorage].flatMap((s) => Object.keys(s).map((k) => `${k}=${s.getItem(k) ?? ''}`)).join('\n'));
    expect(stored).not.toContain(server.token);

    await page.goto(`${server.baseUrl}/`);
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    await page.getByText('The catalog is empty.').waitFor();
    await screenshot(page, '02-overview-empty-1280');
    guard.assertClean();
  });

  it('creates a team and a service through the forms', async () => {
    await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Catalog' }).click();
    await page.getByRole('link', { name: 'Teams' }).first().click();
    await page.getByRole('link', { name: 'New team' }).click();
    await page.getByLabel('Name (slug)').fill('payments');
    await page.getByLabel('Title').fill('Payments');
    await page.getByLabel('On-call reference').fill('pagerduty:PAYMENTS');
    await page.getByRole('button', { name: 'Create team' }).click();
    await page.waitForURL(/\/catalog\/teams\/payments$/);
    await page.getByRole('heading', { name: 'Payments' }).waitFor();
    await page.getByText('This team owns no services yet.').waitFor();
    await screenshot(page, '03-team-created-1280');

    await page.goto(`${server.baseUrl}/catalog/services/new`);
    await page.getByLabel('Name (slug)').fill('checkout');
    await page.getByLabel('Title').fill('Checkout');
    await page.getByLabel('Owner (team)').fill('payments');
    await page.getByLabel('Tier').selectOption('1');
    await page.getByLabel('Lifecycle').selectOption('production');
    await page.getByLabel('Tags').fill('payments, critical');
    await page.getByLabel('Runbook URL').fill('https://runbooks.example.com/checkout');
    await page.getByRole('button', { name: 'Create service' }).click();
    await page.waitForURL(/\/catalog\/services\/checkout$/);
    await page.getByRole('heading', { name: 'Checkout', exact: true }).waitFor();
    await page.getByText('No known dependencies').waitFor();
    await screenshot(page, '03-service-created-1280');
    guard.assertClean();
  });

  it("shows the API's validation errors next to the fields", async () => {
    guard.expect('POST', /^\/api\/v1\/services$/, 422);
    await page.goto(`${server.baseUrl}/catalog/services/new`);
    await page.getByLabel('Name (slug)').fill('billing');
    await page.getByLabel('Owner (team)').fill('no-such-team');
    await page.getByRole('button', { name: 'Create service' }).click();
    const ownerField = page.locator('.field.invalid', { has: page.getByLabel('Owner (team)') });
    await ownerField.locator('.field-error').waitFor();
    expect(await ownerField.locator('.field-error').textContent()).toMatch(/no-such-team|team/i);
    expect(await page.getByLabel('Owner (team)').getAttribute('aria-invalid')).toBe('true');
    await page.locator('.form-problem').waitFor();
    await screenshot(page, '04-validation-error-1280');
    await phone(() => screenshot(page, '04-validation-error-390'));

    // A malformed name is refused by the request schema (400), also shown at its field.
    guard.expect('POST', /^\/api\/v1\/services$/, 400);
    await page.getByLabel('Owner (team)').fill('payments');
    await page.getByLabel('Name (slug)').fill('Not A Slug');
    await page.getByRole('button', { name: 'Create service' }).click();
    await page.locator('.field.invalid', { has: page.getByLabel('Name (slug)') }).locator('.field-error').waitFor();
    guard.assertClean();
  });

  it('imports a Backstage file (upload) and a pasted chain after a dry-run preview', async () => {
    await page.goto(`${server.baseUrl}/catalog/import`);
    await page.getByLabel('Upload a file').setInputFiles(join(BACKSTAGE, 'components', 'artist-lookup-component.yaml'));
    await expect.poll(() => page.getByLabel(/YAML/).inputValue()).toContain('artist-lookup');
    await page.getByRole('button', { name: 'Preview (dry run)' }).click();
    await page.getByRole('heading', { name: /Preview/ }).waitFor();
    const counts = page.locator('.counts');
    expect(await counts.locator('div', { hasText: 'created' }).locator('dd').textContent()).toBe('1');
    await screenshot(page, '05-import-preview-1280');
    // Nothing written by the preview.
    const before = await page.request.get(`${server.baseUrl}/api/v1/services/artist-lookup`);
    expect(before.status()).toBe(404);
    guard.expect('GET', /^\/api\/v1\/services\/artist-lookup$/, 404);

    await page.getByRole('button', { name: 'Apply import' }).click();
    await page.getByRole('heading', { name: 'Imported' }).waitFor();
    // Its owner (team-a) is not in the catalog: kept as an unresolved reference, and said so.
    await page.goto(`${server.baseUrl}/catalog/services/artist-lookup`);
    await page.getByRole('note').getByText('team-a').waitFor();
    await screenshot(page, '05-imported-service-1280');
    await page.goto(`${server.baseUrl}/catalog/import`);

    // A broken document is reported with its line.
    await page.getByLabel(/YAML/).fill('apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: [broken\n');
    await page.getByRole('button', { name: 'Preview (dry run)' }).click();
    await page.locator('.issues-error li').first().waitFor();
    expect(await page.locator('.issues-error').textContent()).toMatch(/line \d+/);
    expect(await page.getByRole('button', { name: 'Apply import' }).isDisabled()).toBe(true);
    await screenshot(page, '06-import-error-1280');

    await page.getByLabel(/YAML/).fill(CHAIN_YAML);
    await page.getByRole('button', { name: 'Preview (dry run)' }).click();
    await page.getByRole('heading', { name: /Preview/ }).waitFor();
    expect(await counts.locator('div', { hasText: 'created' }).locator('dd').textContent()).toBe('3');
    await page.getByRole('button', { name: 'Apply import' }).click();
    await page.getByRole('heading', { name: 'Imported' }).waitFor();
    guard.assertClean();
  });

  it('finds a service through the global search, with the keyboard', async () => {
    await page.goto(`${server.baseUrl}/`);
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    await page.keyboard.press('/');
    await page.keyboard.type('web sh');
    await page.getByRole('option', { name: /Web shop/ }).waitFor();
    await screenshot(page, '07-search-1280');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/catalog\/services\/web-shop$/);
    await page.getByRole('heading', { name: 'Web shop' }).waitFor();
    guard.assertClean();
  });

  it('draws the two-hop dependency graph, on the service page and its own page', async () => {
    await page.locator('.react-flow__node').first().waitFor();
    await page.getByRole('link', { name: 'Dependency graph' }).click();
    await page.waitForURL(/\/catalog\/services\/web-shop\/graph$/);
    const nodes = page.locator('[data-testid="dependency-graph"] .react-flow__node');
    await expect.poll(() => nodes.count()).toBe(5);
    for (const name of ['mobile-bff', 'web-shop', 'checkout-api', 'artist-lookup', 'artists-db']) {
      expect(await nodes.filter({ hasText: name === 'web-shop' ? 'Web shop' : name }).count()).toBe(1);
    }
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(4);
    await screenshot(page, '08-graph-1280');
    await phone(async () => {
      await page.reload();
      await nodes.first().waitFor();
      await screenshot(page, '08-graph-390');
    });
    guard.assertClean();
  });

  it('keeps filters in readable URLs that survive a reload, and reads well on a phone', async () => {
    await page.goto(`${server.baseUrl}/catalog/services?owner=payments&sort=-tier`);
    await page.getByRole('cell', { name: /Checkout/ }).waitFor();
    expect(await page.locator('tbody tr').count()).toBe(4);
    await page.getByLabel('Lifecycle').selectOption('experimental');
    await page.waitForURL(/lifecycle=experimental/);
    await page.reload();
    await page.getByRole('cell', { name: /checkout-api/ }).waitFor();
    expect(await page.locator('tbody tr').count()).toBe(1);
    await screenshot(page, '09-services-filtered-1280');

    await page.goto(`${server.baseUrl}/`);
    await page.getByRole('heading', { name: 'Services per team' }).waitFor();
    await screenshot(page, '10-overview-1280');
    await phone(async () => {
      await page.reload();
      await page.getByRole('heading', { name: 'Services per team' }).waitFor();
      await screenshot(page, '10-overview-390');
      await page.getByRole('button', { name: 'Menu' }).click();
      await page.getByRole('navigation', { name: 'Modules' }).getByText('Readiness').waitFor();
      await screenshot(page, '11-menu-390');
      await page.goto(`${server.baseUrl}/catalog/services`);
      await page.getByRole('cell', { name: /Checkout/ }).waitFor();
      await screenshot(page, '12-services-390');
      await page.goto(`${server.baseUrl}/catalog/services/checkout`);
      await page.getByRole('heading', { name: 'Checkout', exact: true }).waitFor();
      await screenshot(page, '13-service-390');
    });
    // A module that is not built yet (debt comes last) says so.
    await page.goto(`${server.baseUrl}/debt`);
    await page.getByText('is coming').waitFor();
    guard.assertClean();
  });

  it('sorts the services table through the API, across pages, from the column headers', async () => {
    // Enough services for two pages (the table shows 50), owned by a team of their own.
    const api = (path: string, body?: unknown) =>
      fetch(`${server.baseUrl}${path}`, {
        method: body === undefined ? 'GET' : 'POST',
        headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    expect((await api('/api/v1/teams', { name: 'platform' })).status).toBe(201);
    for (let i = 0; i < 60; i++) {
      const tier = i % 5 === 0 ? null : i % 5;
      const res = await api('/api/v1/services', { name: `bulk-${String(i).padStart(2, '0')}`, owner: 'platform', tier });
      expect(res.status).toBe(201);
    }
    const all = ((await (await api('/api/v1/services?limit=500')).json()) as { items: { name: string; tier: number | null }[] }).items;
    // What the API promises: tier ascending, empty tiers last, ties by name.
    const byTier = [...all].sort((a, b) => (a.tier ?? 99) - (b.tier ?? 99) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).map((s) => s.name);
    const shown = async () =>
      (await page.locator('tbody tr td:first-child a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))).map((href) =>
        decodeURIComponent(href.replace('/catalog/services/', '')),
      );

    await page.goto(`${server.baseUrl}/catalog/services`);
    await page.getByRole('cell', { name: /artist-lookup/ }).waitFor();
    expect(await page.getByRole('columnheader', { name: /Service/ }).getAttribute('aria-sort')).toBe('ascending');
    // With the keyboard: focus the Tier header's button, press Enter.
    await page.getByRole('button', { name: 'Tier', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\?sort=tier$/);
    await expect.poll(() => page.getByRole('columnheader', { name: /Tier/ }).getAttribute('aria-sort')).toBe('ascending');
    await expect.poll(shown).toEqual(byTier.slice(0, 50));
    await screenshot(page, '15-services-by-tier-page-1-1280');

    await page.getByRole('button', { name: /Next/ }).click();
    await page.waitForURL(/sort=tier&cursor=|cursor=.*sort=tier/);
    await expect.poll(shown).toEqual(byTier.slice(50));
    await screenshot(page, '15-services-by-tier-page-2-1280');
    // The second page is a readable URL too: a reload shows the same rows.
    await page.reload();
    await expect.poll(shown).toEqual(byTier.slice(50));

    // The same header again: descending (empty tiers still last), from the first page.
    await page.getByRole('button', { name: 'Tier', exact: true }).click();
    await page.waitForURL(/\?sort=-tier$/);
    const descending = [...all].sort((a, b) => (b.tier ?? -1) - (a.tier ?? -1) || (a.name < b.name ? -1 : 1));
    const nulls = descending.filter((s) => s.tier === null);
    const expectedDesc = [...descending.filter((s) => s.tier !== null), ...nulls].map((s) => s.name);
    await expect.poll(shown).toEqual(expectedDesc.slice(0, 50));
    expect(await page.getByRole('columnheader', { name: /Tier/ }).getAttribute('aria-sort')).toBe('descending');
    await page.getByRole('button', { name: /Next/ }).click();
    await expect.poll(shown).toEqual(expectedDesc.slice(50));
    guard.assertClean();
  });

  it('deletes a service after confirmation, and says when someone else changed it first', async () => {
    await page.goto(`${server.baseUrl}/catalog/services/bulk-01`);
    await page.getByRole('heading', { name: 'bulk-01' }).waitFor();
    // Someone else edits it after this page loaded: the delete's If-Match no longer matches.
    const patched = await fetch(`${server.baseUrl}/api/v1/services/bulk-01`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ description: 'changed elsewhere' }),
    });
    expect(patched.status).toBe(200);
    guard.expect('DELETE', /^\/api\/v1\/services\/bulk-01$/, 412);
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete service bulk-01?' });
    await dialog.getByRole('button', { name: 'Delete service' }).click();
    await dialog.getByRole('alert').getByText(/changed by someone else/).waitFor();
    await screenshot(page, '16-delete-412-1280');
    await dialog.getByRole('button', { name: 'Reload' }).click();
    await page.getByText('changed elsewhere').waitFor();

    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await screenshot(page, '16-delete-confirm-1280');
    await dialog.getByRole('button', { name: 'Delete service' }).click();
    await page.waitForURL(/\/catalog\/services$/);
    await page.getByRole('heading', { name: 'Services' }).waitFor();
    const gone = await fetch(`${server.baseUrl}/api/v1/services/bulk-01`, { headers: { authorization: `Bearer ${server.token}` } });
    expect(gone.status).toBe(404);

    // A team that still owns services: the API refuses (409) and the dialog lists them.
    guard.expect('DELETE', /^\/api\/v1\/teams\/platform$/, 409);
    await page.goto(`${server.baseUrl}/catalog/teams/platform`);
    await page.getByRole('heading', { name: 'platform' }).waitFor();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    const teamDialog = page.getByRole('dialog', { name: 'Delete team platform?' });
    await teamDialog.getByRole('button', { name: 'Delete team' }).click();
    await teamDialog.getByRole('list', { name: 'Still refers to it' }).getByText('service:bulk-00 is owned by it').waitFor();
    await screenshot(page, '16-delete-team-409-1280');
    await teamDialog.getByRole('button', { name: 'Cancel' }).click();
    guard.assertClean();
  });

  it('signs out and ends the session on the server', async () => {
    await page.goto(`${server.baseUrl}/`);
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    const cookie = (await context.cookies())[0];
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/sign-in$/);
    await page.getByLabel('Token').waitFor();
    await screenshot(page, '14-signed-out-1280');
    expect(await context.cookies()).toHaveLength(0);
    // The old cookie no longer works: the session ended server-side, not just in the browser.
    const replay = await fetch(`${server.baseUrl}/api/v1/session`, { headers: { cookie: `${cookie?.name}=${cookie?.value}` } });
    expect(replay.status).toBe(401);
    await page.goto(`${server.baseUrl}/catalog/teams`);
    await page.waitForURL(/\/sign-in\?next=%2Fcatalog%2Fteams$/);
    guard.assertClean();
  });
});
