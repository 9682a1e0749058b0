/**
 * The architecture module end to end, as users do it: a real `groundwork serve` from the
 * build with a temporary SQLite database, driven through Debian's Chromium. The author
 * (the admin token) creates a design review from the built-in system design review
 * template with two reviewers (member tokens made by the real CLI), submits it; a reviewer
 * signs in, comments on a section and approves in the UI; the second approves with their
 * bearer token; the author decides, and the resulting ADR links back to the review.
 * Each step saves a screenshot under test-results/e2e/; console errors or unannounced
 * failed requests fail the run.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, PageGuard, screenshot } from './e2e-browser.js';
import { REPO_ROOT, startServer, type RunningServer } from './e2e-server.js';

const BIN = join(REPO_ROOT, 'bin', 'groundwork.js');
const TITLE = 'Move checkout sessions to Redis';
const REVIEWERS = ['alice-architect', 'bob-sre'] as const;

/** A member token made by the real CLI against the server's data directory. */
async function memberToken(dataDir: string, name: string): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, [BIN, 'token', 'create', '--name', name, '--role', 'member', '--data', dataDir, '--json'], { cwd: REPO_ROOT });
  const parsed: unknown = JSON.parse(stdout);
  if (typeof parsed === 'object' && parsed !== null && 'token' in parsed && typeof parsed.token === 'string') return parsed.token;
  throw new Error(`token create printed no token: ${stdout}`);
}

describe('architecture design review in Chromium', { timeout: 180_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let guard: PageGuard;
  const tokens = new Map<string, string>();
  let reviewUrl = '';

  beforeAll(async () => {
    server = await startServer();
    for (const name of REVIEWERS) tokens.set(name, await memberToken(server.dataDir, name));
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

  async function signIn(token: string): Promise<void> {
    await page.goto(`${server.baseUrl}/sign-in`);
    await page.getByLabel('Token').fill(token);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  }

  async function signOut(): Promise<void> {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/sign-in/);
    expect(await context.cookies()).toHaveLength(0);
  }

  const state = () => page.locator('.page-header .subtitle .badge').first().textContent();

  it('the author creates a review from the system design review template and submits it', async () => {
    await signIn(server.token);
    await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Architecture' }).click();
    await page.getByRole('link', { name: 'Reviews' }).first().click();
    await page.getByRole('heading', { name: 'Design reviews' }).waitFor();
    await page.getByRole('link', { name: 'New review' }).click();
    await page.getByRole('heading', { name: 'New design review' }).waitFor();
    await page.getByLabel('Title').fill(TITLE);
    await expect.poll(() => page.getByLabel('Template').locator('option').allTextContents()).toContain('System design review');
    await page.getByLabel('Template').selectOption('system-design-review');
    await page.getByLabel('Reviewers').fill(REVIEWERS.join(', '));
    await page.getByLabel('Required approvals').fill('2');
    await screenshot(page, 'arch-01-new-review');
    await page.getByRole('button', { name: 'Create review' }).click();
    await page.waitForURL(/\/architecture\/reviews\/(?!new)[^/]+$/);
    reviewUrl = page.url();
    await page.getByRole('heading', { name: TITLE }).waitFor();
    await expect.poll(state).toBe('draft');
    // The template's sections are there, and the reviewers with the approvals asked for.
    for (const section of ['Summary and goals', 'Proposed design', 'Rollout and rollback', 'Open questions']) {
      await page.getByRole('heading', { name: section, exact: true }).waitFor();
    }
    expect(await page.getByText('Reviewers (2 approvals needed)').textContent()).toContain('alice-architect (pending), bob-sre (pending)');
    await screenshot(page, 'arch-02-draft');

    await page.getByRole('button', { name: 'Submit for review' }).click();
    await expect.poll(state).toBe('in-review');
    await screenshot(page, 'arch-03-submitted');
    guard.assertClean();
  });

  it('a reviewer signs in, comments on a section and approves, in the UI', async () => {
    await signOut();
    await signIn(tokens.get('alice-architect') ?? '');
    await page.goto(`${server.baseUrl}/architecture/reviews`);
    await page.getByRole('link', { name: TITLE }).click();
    await page.waitForURL(reviewUrl);
    const design = page.getByRole('region', { name: 'Proposed design' });
    await design.getByLabel('Comment on Proposed design').fill('What happens to open sessions when Redis fails over?');
    await design.getByRole('button', { name: 'Comment' }).click();
    await design.getByText('What happens to open sessions when Redis fails over?').waitFor();
    await design.getByText('alice-architect', { exact: true }).waitFor();
    await screenshot(page, 'arch-04-commented');

    await page.getByRole('button', { name: 'Approve' }).click();
    await page.getByText('alice-architect (approved), bob-sre (pending)').waitFor();
    // One of two required approvals: still in review.
    await expect.poll(state).toBe('in-review');
    await screenshot(page, 'arch-05-first-approval');
    guard.assertClean();
  });

  it('the second reviewer approves with their token; the page shows it approved', async () => {
    const id = new URL(reviewUrl).pathname.split('/').pop() ?? '';
    const res = await fetch(`${server.baseUrl}/api/v1/reviews/${id}/approve`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.get('bob-sre') ?? ''}`, 'content-type': 'application/json' },
      body: JSON.stringify({ note: 'Looks sound.' }),
    });
    expect(res.status).toBe(200);
    await page.reload();
    await page.getByText('alice-architect (approved), bob-sre (approved)').waitFor();
    await expect.poll(state).toBe('approved');
    await page.getByText('approve: Looks sound.').waitFor();
    await screenshot(page, 'arch-06-approved');
    guard.assertClean();
  });

  it('the author decides, and finds the resulting ADR linked back to the review', async () => {
    await signOut();
    await signIn(server.token);
    await page.goto(reviewUrl);
    await page.getByRole('heading', { name: TITLE }).waitFor();
    await page.getByRole('button', { name: 'Decide and record the ADR' }).click();
    await expect.poll(state).toBe('decided');
    await page.getByRole('link', { name: 'an ADR' }).waitFor();
    await screenshot(page, 'arch-07-decided');

    // Found from the decisions list, as a user would look for it.
    await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Architecture' }).click();
    await page.getByRole('heading', { name: 'Decisions' }).waitFor();
    await page.getByRole('searchbox').fill('Redis');
    const link = page.getByRole('link', { name: new RegExp(TITLE) });
    await link.waitFor();
    await screenshot(page, 'arch-08-decisions');
    await link.click();
    await page.waitForURL(/\/architecture\/adrs\/[^/]+$/);
    await page.getByRole('heading', { name: new RegExp(TITLE) }).waitFor();
    await expect.poll(state).toBe('accepted');
    await screenshot(page, 'arch-09-adr');

    await page.getByRole('link', { name: 'design review' }).click();
    await page.waitForURL(reviewUrl);
    await page.getByRole('heading', { name: TITLE }).waitFor();
    guard.assertClean();
  });

  it('draws the decision graph in one request, with a relation added through the API', async () => {
    const api = async (path: string, body?: object): Promise<unknown> => {
      const response = await fetch(`${server.baseUrl}${path}`, {
        method: body ? 'POST' : 'GET',
        headers: { authorization: `Bearer ${server.token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
      expect(response.ok, `${path}: ${String(response.status)}`).toBe(true);
      return response.json();
    };
    const list = (await api('/api/v1/adrs?q=Redis')) as { items: { id: string }[] };
    const redis = list.items[0]?.id ?? '';
    await api('/api/v1/adrs', { title: 'Expire checkout sessions after 30 minutes', relations: [{ kind: 'amends', target: redis }] });

    await page.goto(`${server.baseUrl}/architecture/decisions/graph`);
    const canvas = page.getByTestId('adr-graph');
    await canvas.getByRole('link', { name: new RegExp(TITLE) }).waitFor();
    await canvas.getByRole('link', { name: /Expire checkout sessions after 30 minutes/ }).waitFor();
    await canvas.getByText('amends').waitFor();
    await screenshot(page, 'arch-10-graph');
    guard.assertClean();
  });
});
