/**
 * The readiness and API guidelines pages end to end: a real `groundwork serve` (from the
 * build) with the Backstage corpus imported through the API, driven through Debian's
 * Chromium. Screenshots go to test-results/e2e/; any console error or unannounced failed
 * request fails the run (the same guard as web-ui.test.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, PageGuard, screenshot } from './e2e-browser.js';
import { REPO_ROOT, startServer, type RunningServer } from './e2e-server.js';

const BACKSTAGE = join(REPO_ROOT, '..', 'shared', 'corpora', 'backstage');

function corpusFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.yaml')) out.push(path);
    }
  };
  walk(BACKSTAGE);
  return out.sort();
}

describe('readiness UI in Chromium', { timeout: 120_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let guard: PageGuard;

  beforeAll(async () => {
    server = await startServer();
    for (const file of corpusFiles()) {
      const res = await fetch(`${server.baseUrl}/api/v1/catalog/import`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/yaml' },
        body: readFileSync(file, 'utf8'),
      });
      expect(res.status, relative(BACKSTAGE, file)).toBe(200);
    }
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
    page.setDefaultTimeout(30_000);
    guard = new PageGuard(page);
    // Before sign-in the session check answers 401; that is how the page knows.
    guard.expect('GET', /^\/api\/v1\/session$/, 401);
    await page.goto(`${server.baseUrl}/readiness`);
    await page.getByLabel('Token').fill(server.token);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/readiness$/);
  });

  afterAll(async () => {
    await browser.close();
    await server.stop();
  });

  async function phone(name: string): Promise<void> {
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await screenshot(page, name);
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  }

  it('shows the scorecard matrix of the imported services with reasons on focus', async () => {
    const matrix = page.getByRole('table', { name: /services by \d+ checks/ });
    await matrix.waitFor();
    const rows = await matrix.locator('tbody tr').count();
    expect(rows).toBeGreaterThan(3);
    const row = matrix.getByRole('row', { name: /artist-lookup/ });
    await row.waitFor();
    const failing = row.locator('td.cell.fail').first();
    await failing.focus();
    await failing.getByRole('tooltip').waitFor();
    expect(await failing.getAttribute('aria-label')).toMatch(/^artist-lookup, .+: fails: .+/);
    await page.getByRole('heading', { name: 'Trend' }).waitFor();
    await page.locator('.trend, .state-empty').first().waitFor();
    await screenshot(page, 'readiness-01-matrix-1280');
    await phone('readiness-01-matrix-390');

    await page.getByRole('combobox', { name: 'Team', exact: true }).selectOption('team-a');
    await expect.poll(() => matrix.locator('tbody tr').count()).toBeLessThan(rows);
    await screenshot(page, 'readiness-02-matrix-team-a-1280');
    guard.assertClean();
  });

  it("shows a service's readiness with what to fix next and a link to fix it in the catalog", async () => {
    await page.getByRole('table', { name: /services by/ }).getByRole('link', { name: 'artist-lookup' }).click();
    await page.waitForURL(/\/readiness\/services\/artist-lookup$/);
    await page.getByRole('heading', { name: 'Readiness of artist-lookup' }).waitFor();
    await page.getByRole('heading', { name: 'What to fix next' }).waitFor();
    const fix = page.getByRole('link', { name: 'Fix it in the catalog' }).first();
    expect(await fix.getAttribute('href')).toBe('/catalog/services/artist-lookup/edit');
    await page.locator('.trend, .state-empty').first().waitFor();
    await screenshot(page, 'readiness-03-service-1280');
    await phone('readiness-03-service-390');
    await fix.click();
    await page.waitForURL(/\/catalog\/services\/artist-lookup\/edit$/);
    guard.assertClean();
  });

  it('attests a check with evidence on the service page, and the check passes', async () => {
    await page.goto(`${server.baseUrl}/readiness/services/artist-lookup`);
    await page.getByRole('heading', { name: 'Readiness of artist-lookup' }).waitFor();
    const row = page.locator('#check-load-tested');
    await expect.poll(() => row.textContent()).toContain('not attested');
    await row.getByRole('button', { name: /^Attest… / }).click();
    const form = page.getByRole('form', { name: 'Attest Load-tested at expected peak × 2' });
    await form.waitFor();
    expect(await form.textContent()).toContain('Valid for 180 days');
    await form.getByLabel('Evidence link').fill('https://wiki.example.com/artist-lookup/load-test-2026-11');
    await form.getByLabel('Note').fill('k6 at 2× the November peak, p99 180 ms');
    await screenshot(page, 'readiness-04-attest-1280');
    await form.getByRole('button', { name: 'Attest', exact: true }).click();
    await form.waitFor({ state: 'detached' });
    await expect.poll(() => row.textContent()).toMatch(/passes.*attested by .+ on \d{4}-\d{2}-\d{2}, expires \d{4}-\d{2}-\d{2}/);
    expect(await row.getByRole('link', { name: 'evidence' }).getAttribute('href')).toBe('https://wiki.example.com/artist-lookup/load-test-2026-11');
    await screenshot(page, 'readiness-05-attested-1280');
    const attestations = (await (await fetch(`${server.baseUrl}/api/v1/services/artist-lookup/attestations`, { headers: { Authorization: `Bearer ${server.token}` } })).json()) as { items: { check: string; note: string | null }[] };
    expect(attestations.items).toContainEqual(expect.objectContaining({ check: 'load-tested', note: 'k6 at 2× the November peak, p99 180 ms' }));
    guard.assertClean();
  });

  it('shows the campaigns page and the API guidelines', async () => {
    await page.goto(`${server.baseUrl}/readiness/campaigns`);
    await page.getByRole('heading', { name: 'Campaigns', level: 1 }).waitFor();
    await page.getByText('No campaigns yet.').waitFor();
    await page.getByRole('button', { name: 'New campaign' }).click();
    const form = page.getByRole('form', { name: 'New campaign' });
    await form.getByLabel('Title').fill('Team A to Bronze');
    await form.getByLabel('Target level').selectOption('Bronze');
    await form.getByLabel('Services').fill('service.owner == "team-a"');
    await form.getByLabel('Deadline').fill('2027-03-31');
    await screenshot(page, 'readiness-06-new-campaign-1280');
    await form.getByRole('button', { name: 'Start campaign' }).click();
    await page.waitForURL(/\/readiness\/campaigns\/[0-9A-Z]+$/);
    await page.getByRole('heading', { name: /Services not yet at Bronze/ }).waitFor();
    await page.getByRole('progressbar', { name: /of \d+ services at Bronze/ }).waitFor();
    await page.goto(`${server.baseUrl}/readiness/campaigns`);
    await page.getByRole('link', { name: 'Team A to Bronze' }).waitFor();
    await screenshot(page, 'readiness-07-campaigns-1280');
    await page.goto(`${server.baseUrl}/apis/guidelines`);
    await page.getByRole('heading', { name: 'API design guidelines' }).waitFor();
    expect(await page.getByRole('article').count()).toBeGreaterThan(20);
    await screenshot(page, 'apis-01-guidelines-1280');
    await phone('apis-01-guidelines-390');
    guard.assertClean();
  });
});
