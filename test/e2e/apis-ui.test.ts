/**
 * The API registry pages end to end (issue 5): a real `groundwork serve` from the build
 * with a temporary SQLite database, driven through Debian's Chromium. A team, an API owned
 * by it and a service consuming it are created through the catalog API; two versions are
 * pushed through POST /api/v1/apis/{api}/versions, the second deprecating two operations
 * (one sunset already past, one ahead) and adding an operation (non-breaking). Then the
 * APIs list, the API page, the version's changes and changelog and the deprecation
 * timeline are opened, as a user would, at 1280 px and on a 390 px phone. Screenshots go
 * to test-results/e2e/; console errors or unannounced failed requests fail the run.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, PageGuard, screenshot } from './e2e-browser.js';
import { startServer, type RunningServer } from './e2e-server.js';

const API = 'orders';
const TEAM = 'payments';
const CONSUMER = 'web-shop';

function inDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}
const FUTURE_SUNSET = inDays(120);
const PAST_SUNSET = inDays(-15);

const ORDER_SCHEMA = `
components:
  schemas:
    Order:
      type: object
      required: [id, status]
      properties:
        id:
          type: string
        status:
          type: string
          enum: [open, paid, shipped]
`;

function operation(summary: string, extra = ''): string {
  return `      summary: ${summary}
      operationId: ${summary.replace(/[^A-Za-z]/g, '')}
      tags: [orders]${extra}
      responses:
        '200':
          description: OK
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Order'`;
}

const V1 = `openapi: 3.0.3
info:
  title: Orders API
  version: 1.0.0
  description: Orders of the web shop.
tags:
  - name: orders
paths:
  /orders/{id}:
    parameters:
      - name: id
        in: path
        required: true
        schema:
          type: string
    get:
${operation('Get an order')}
  /orders/legacy:
    get:
${operation('List legacy orders')}
  /orders/export:
    get:
${operation('Export orders')}
${ORDER_SCHEMA}`;

const V2 = `openapi: 3.0.3
info:
  title: Orders API
  version: 1.1.0
  description: Orders of the web shop.
tags:
  - name: orders
paths:
  /orders/{id}:
    parameters:
      - name: id
        in: path
        required: true
        schema:
          type: string
    get:
${operation('Get an order')}
  /orders/{id}/cancel:
    parameters:
      - name: id
        in: path
        required: true
        schema:
          type: string
    post:
${operation('Cancel an order')}
  /orders/legacy:
    get:
${operation('List legacy orders', `\n      deprecated: true\n      x-sunset: '${FUTURE_SUNSET}'`)}
  /orders/export:
    get:
${operation('Export orders', `\n      deprecated: true\n      x-sunset: '${PAST_SUNSET}'`)}
${ORDER_SCHEMA}`;

describe('API registry UI in Chromium', { timeout: 180_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let guard: PageGuard;

  async function call(method: string, path: string, body: unknown): Promise<unknown> {
    const res = await fetch(`${server.baseUrl}${path}`, {
      method,
      headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path} answered ${String(res.status)}: ${text}`);
    return JSON.parse(text) as unknown;
  }

  beforeAll(async () => {
    server = await startServer();
    await call('POST', '/api/v1/teams', { name: TEAM });
    await call('POST', '/api/v1/apis', { name: API, title: 'Orders API', owner: TEAM, type: 'openapi', lifecycle: 'production', description: 'Orders of the web shop.' });
    await call('POST', '/api/v1/services', { name: CONSUMER, owner: TEAM });
    await call('POST', '/api/v1/dependencies', { source: CONSUMER, targetKind: 'api', target: API });
    const first = await call('POST', `/api/v1/apis/${API}/versions`, { version: '1.0.0', document: V1, gitRef: 'a1b2c3d' });
    expect(first).toMatchObject({ version: '1.0.0', previousVersion: null });
    const second = await call('POST', `/api/v1/apis/${API}/versions`, { version: '1.1.0', document: V2, gitRef: 'e4f5a6b' });
    expect(second).toMatchObject({ version: '1.1.0', previousVersion: '1.0.0', changes: { breaking: 0 }, deprecatedOperations: 2 });

    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
    page.setDefaultTimeout(30_000);
    guard = new PageGuard(page);
    // Before sign-in the session check answers 401; that is how the page knows.
    guard.expect('GET', /^\/api\/v1\/session$/, 401);
    await page.goto(`${server.baseUrl}/apis`);
    await page.getByLabel('Token').fill(server.token);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/apis$/);
  });

  afterAll(async () => {
    await browser.close();
    await server.stop();
  });

  async function phone(name: string): Promise<void> {
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      // Nothing may stick out sideways on a phone (tables scroll inside their own box).
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${name}: page wider than the phone`).toBeLessThanOrEqual(0);
      await screenshot(page, name);
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  }

  it('lists the API with its owner, latest version, lint status and changes', async () => {
    await page.getByRole('heading', { name: 'APIs', level: 1 }).waitFor();
    const row = page.getByRole('table', { name: /^APIs: / }).getByRole('row', { name: new RegExp(API) });
    await row.getByRole('link', { name: '1.1.0' }).waitFor();
    expect(await row.getByRole('link', { name: TEAM }).getAttribute('href')).toBe(`/catalog/teams/${TEAM}`);
    await row.getByText('no breaking changes').waitFor();
    expect(await row.locator('.badge').count()).toBeGreaterThan(1);
    await screenshot(page, 'apis-ui-01-list-1280');
    await phone('apis-ui-01-list-390');
    guard.assertClean();
  });

  it('opens the API page with its catalog fields, versions newest first and deprecated operations', async () => {
    await page.getByRole('link', { name: API, exact: true }).click();
    await page.waitForURL(new RegExp(`/apis/${API}$`));
    await page.getByRole('heading', { name: 'Orders API', level: 1 }).waitFor();
    const catalog = page.getByRole('region', { name: 'In the catalog' });
    await catalog.getByText('Orders of the web shop.').waitFor();
    await catalog.getByText(/breaking changes need a major version; 90 days of deprecation/).waitFor();
    const versions = page.getByRole('table', { name: `Versions of ${API}, newest first` });
    await versions.waitFor();
    expect(await versions.locator('tbody th a').allTextContents()).toEqual(['1.1.0', '1.0.0']);
    const deprecated = page.getByRole('region', { name: 'Deprecated operations' });
    await deprecated.getByText('/orders/legacy').waitFor();
    await deprecated.getByText(`used by ${CONSUMER}`, { exact: false }).first().waitFor();
    // The raw changelog link works with the browser's session (no token in the page).
    const changelogHref = (await page.getByRole('link', { name: 'Changelog (Markdown)' }).getAttribute('href')) ?? '';
    const changelogRes = await page.request.get(`${server.baseUrl}${changelogHref}`);
    expect(changelogRes.status()).toBe(200);
    expect(changelogRes.headers()['content-type']).toContain('text/markdown');
    expect(await changelogRes.text()).toContain('/orders/{id}/cancel');
    await screenshot(page, 'apis-ui-02-api-1280');
    await phone('apis-ui-02-api-390');
    guard.assertClean();
  });

  it("shows the version's changes against the previous one, its changelog and lint findings", async () => {
    await page.getByRole('table', { name: `Versions of ${API}, newest first` }).getByRole('link', { name: '1.1.0' }).click();
    await page.waitForURL(new RegExp(`/apis/${API}/versions/1\\.1\\.0$`));
    await page.getByRole('heading', { name: `${API} 1.1.0`, level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Changes since 1.0.0' }).waitFor();
    const changes = page.getByRole('table', { name: 'Changes from 1.0.0 to 1.1.0, breaking first' });
    await changes.waitFor();
    const text = (await changes.textContent()) ?? '';
    expect(text).toContain('/orders/{id}/cancel');
    expect(text).toContain('/orders/legacy');
    expect(text).toContain('endpoint-deprecated');
    const levels = await changes.locator('tbody tr td:first-child .badge').allTextContents();
    expect(levels.length).toBeGreaterThanOrEqual(3);
    expect(levels).not.toContain('breaking');
    const changelog = page.getByRole('region', { name: 'Changelog' });
    await changelog.locator('.markdown').waitFor();
    expect(await changelog.textContent()).toContain('/orders/{id}/cancel');
    await page.getByRole('region', { name: 'Lint findings' }).locator('table, .state-empty').first().waitFor();
    const documentHref = (await page.getByRole('link', { name: 'OpenAPI document' }).getAttribute('href')) ?? '';
    const documentRes = await page.request.get(`${server.baseUrl}${documentHref}`);
    expect(documentRes.status()).toBe(200);
    expect(await documentRes.text()).toBe(V2);
    await screenshot(page, 'apis-ui-03-version-1280');
    await phone('apis-ui-03-version-390');

    // The previous version is one link away, and has nothing to compare with.
    await page.getByRole('link', { name: '1.0.0' }).first().click();
    await page.getByText(/first registered version/).waitFor();
    guard.assertClean();
  });

  it('draws the deprecation timeline: both operations under the API, the overdue one in red, today marked; filters and keyboard work', async () => {
    await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Deprecations' }).click();
    await page.waitForURL(/\/apis\/deprecations$/);
    await page.getByRole('heading', { name: 'Deprecation timeline', level: 1 }).waitFor();
    const group = page.getByRole('region', { name: new RegExp(`^${API}`) });
    await group.waitFor();
    const overdue = group.getByRole('link', { name: /GET \/orders\/export of orders/ });
    const ahead = group.getByRole('link', { name: /GET \/orders\/legacy of orders/ });
    expect(await overdue.getAttribute('aria-label')).toContain(`sunset ${PAST_SUNSET}, 15 days ago`);
    expect(await ahead.getAttribute('aria-label')).toContain(`sunset ${FUTURE_SUNSET}, in 120 days`);
    expect(await group.locator('li.status-overdue .bar.overdue').count()).toBe(1);
    // The overdue bar is drawn red; the today line is in every row.
    const red = await group.locator('.bar.overdue').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(red).toBe('rgb(180, 35, 24)');
    expect(await group.locator('.today-line').count()).toBe(2);
    await page.getByText(`used by ${CONSUMER}`).first().waitFor();
    await screenshot(page, 'apis-ui-04-deprecations-1280');
    await phone('apis-ui-04-deprecations-390');

    // Team filter: the owning team keeps both; the date filter keeps only the overdue one.
    await page.getByRole('combobox', { name: 'Team', exact: true }).selectOption(TEAM);
    await page.waitForURL(new RegExp(`team=${TEAM}`));
    await expect.poll(() => group.getByRole('listitem').count()).toBe(2);
    await page.getByLabel('Sunset before').fill(inDays(30));
    await page.waitForURL(/before=/);
    await expect.poll(() => group.getByRole('listitem').count()).toBe(1);
    await group.getByRole('link', { name: /GET \/orders\/export/ }).waitFor();
    await screenshot(page, 'apis-ui-05-deprecations-filtered-1280');

    // Keyboard: Tab reaches the operation link, Enter opens the version that deprecated it.
    await page.getByLabel('Sunset before').focus();
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      const label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
      if (label.startsWith('GET /orders/export')) break;
    }
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '')).toMatch(/^GET \/orders\/export of orders/);
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/apis/${API}/versions/1\\.1\\.0$`));
    await page.getByRole('heading', { name: `${API} 1.1.0`, level: 1 }).waitFor();
    guard.assertClean();
  });

  it('keeps the design guidelines under their own tab', async () => {
    await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Guidelines' }).click();
    await page.waitForURL(/\/apis\/guidelines$/);
    await page.getByRole('heading', { name: 'API design guidelines' }).waitFor();
    expect(await page.getByRole('article').count()).toBeGreaterThan(20);
    guard.assertClean();
  });
});
