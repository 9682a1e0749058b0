/**
 * Debian's Chromium through playwright-core (never a downloaded browser), a guard that
 * fails the run on console errors and on failed requests the test did not announce, and
 * the first-load JavaScript measurement.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { REPO_ROOT, WEB_DIST } from './e2e-server.js';

export const CHROMIUM = '/usr/bin/chromium';
export const SCREENSHOTS = join(REPO_ROOT, 'test-results', 'e2e');

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: run ../shared/scripts/ensure-chromium (apt-get install chromium).`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

interface Expected {
  method: string;
  path: RegExp;
  status: number;
  seen: number;
}

/**
 * Records every console error, page error and failed request. A request counts as failed
 * when the network failed or the server answered 4xx/5xx; a test announces the ones it
 * provokes (`expect(...)`), everything else fails the run at `assertClean()`.
 */
export class PageGuard {
  readonly problems: string[] = [];
  private readonly expected: Expected[] = [];
  /** URLs of announced failures: Chromium logs each as a console error, which is fine. */
  private readonly expectedUrls = new Set<string>();

  constructor(page: Page) {
    page.on('console', (msg) => {
      if (msg.type() !== 'error') return;
      const url = msg.location().url;
      if (msg.text().startsWith('Failed to load resource') && this.expectedUrls.has(url)) return;
      this.problems.push(`console error: ${msg.text()} (${url})`);
    });
    page.on('pageerror', (error) => {
      this.problems.push(`page error: ${error.message}`);
    });
    page.on('requestfailed', (request) => {
      const failure = request.failure()?.errorText ?? 'failed';
      // The UI cancels API reads it no longer needs (TanStack Query aborts on unmount).
      if (failure === 'net::ERR_ABORTED' && request.method() === 'GET' && new URL(request.url()).pathname.startsWith('/api/')) return;
      this.problems.push(`request failed: ${request.method()} ${request.url()} ${failure}`);
    });
    page.on('response', (response) => {
      if (response.status() < 400) return;
      const request = response.request();
      const path = new URL(response.url()).pathname;
      const match = this.expected.find((e) => e.method === request.method() && e.path.test(path) && e.status === response.status());
      if (match) {
        match.seen++;
        this.expectedUrls.add(response.url());
        return;
      }
      this.problems.push(`unexpected ${response.status()}: ${request.method()} ${response.url()}`);
    });
  }

  expect(method: string, path: RegExp, status: number): void {
    this.expected.push({ method, path, status, seen: 0 });
  }

  /** Throws listing everything unexpected so far, then starts afresh. */
  assertClean(): void {
    const problems = this.problems.splice(0);
    if (problems.length > 0) throw new Error(`The page had problems:\n${problems.join('\n')}`);
  }
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

export interface ScriptLoad {
  url: string;
  transferred: number;
  encoding: string;
  cacheControl: string;
  gzip: number;
}

/**
 * Watches the JavaScript the page loads: bytes on the wire (as served, br or gzip) and the
 * gzip size of the same files from web/dist, which is the figure the budget is stated in.
 */
export function watchScripts(page: Page): () => Promise<ScriptLoad[]> {
  const pending: Promise<ScriptLoad | undefined>[] = [];
  page.on('requestfinished', (request) => {
    if (request.resourceType() !== 'script') return;
    pending.push(
      (async () => {
        const response = await request.response();
        const sizes = await request.sizes();
        const url = new URL(request.url());
        const file = join(WEB_DIST, url.pathname);
        const gzip = existsSync(file) ? gzipSync(await readFile(file), { level: 9 }).length : sizes.responseBodySize;
        return {
          url: url.pathname,
          transferred: sizes.responseBodySize,
          encoding: (await response?.headerValue('content-encoding')) ?? 'identity',
          cacheControl: (await response?.headerValue('cache-control')) ?? '',
          gzip,
        };
      })().catch(() => undefined), // a cached script's headers may never come; closing the browser then rejects
    );
  });
  return async () => (await Promise.all(pending)).filter((s) => s !== undefined);
}
