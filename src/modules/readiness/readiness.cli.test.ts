import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../../test/cli-in-process.js';
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

// The CLI only talks HTTP, so one dialect is enough here; the API tests cover both.
describe.each(DIALECTS.filter((dialect) => dialect.name === 'sqlite'))('groundwork readiness on $name', (dialect) => {
  let t: TestApp;
  let flags: string[];
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    for (const file of corpusFiles()) {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/catalog/import', headers: { ...t.as('member'), 'content-type': 'application/yaml' }, payload: readFileSync(join(CORPUS, file), 'utf8') });
      expect(res.statusCode, file).toBe(200);
    }
    const patched = await t.app.inject({ method: 'PATCH', url: '/api/v1/services/artist-lookup', headers: t.as('member'), payload: { runbook: 'https://runbooks.example.com/artist-lookup' } });
    expect(patched.statusCode).toBe(200);
    const server = await t.app.listen({ host: '127.0.0.1', port: 0 });
    flags = ['--server', server, '--token', t.viewerToken];
  });
  afterAll(async () => {
    await t.close();
  });

  it('gates CI: exit 0 at or above the required level, 1 below, 2 for an unknown level', async () => {
    const pass = await cli(['readiness', 'check', 'artist-lookup', '--min-level', 'Bronze', ...flags]);
    expect(pass.code).toBe(0);
    expect(pass.stdout).toMatch(/^artist-lookup: Bronze on Production readiness/);
    expect(pass.stdout).toContain('[Silver] has-tier: fact missing: service.tier');

    const below = await cli(['readiness', 'check', 'artist-lookup', '--min-level', 'Silver', ...flags]);
    expect(below.code).toBe(1);
    expect(below.stderr).toBe('groundwork: artist-lookup is at Bronze on production-readiness, below the required Silver\n');

    const none = await cli(['readiness', 'check', 'petstore', '--min-level', 'Bronze', '--json', ...flags]);
    expect(none.code).toBe(1);
    expect(JSON.parse(none.stdout)).toMatchObject({ service: 'petstore', level: null, requiredLevel: 'Bronze', belowRequiredLevel: true });

    expect((await cli(['readiness', 'check', 'artist-lookup', '--min-level', 'Platinum', ...flags])).code).toBe(2);
    expect((await cli(['readiness', 'check', 'artist-lookup', ...flags])).code).toBe(0);
    const missing = await cli(['readiness', 'check', 'no-such-service', ...flags]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('404');
  });

  it('reports per team as a table, JSON, Markdown and CSV', async () => {
    const table = await cli(['readiness', 'report', '--team', 'team-a', ...flags]);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^artist-lookup\s+team-a\s+Bronze\s+\d+%/m);
    expect(table.stdout).toContain('team-a: ');

    const json = JSON.parse((await cli(['readiness', 'report', '--format', 'json', ...flags])).stdout) as { services: { service: string }[] };
    expect(json.services.length).toBe(12);

    const markdown = (await cli(['readiness', 'report', '--format', 'markdown', '--team', 'team-a', ...flags])).stdout;
    expect(markdown).toContain('| artist-lookup | team-a | Bronze |');
    expect(markdown).toContain('- **has-tier**: fact missing: service.tier (criticality tier, 1 (most critical) to 4)');

    const csv = (await cli(['readiness', 'report', '--format', 'csv', ...flags])).stdout.trim().split('\n');
    expect(csv[0]).toMatch(/^service,team,level,score,has-owner,has-tier,/);
    expect(csv).toHaveLength(13);
    expect(csv.find((line) => line.startsWith('artist-lookup,'))).toMatch(/^artist-lookup,team-a,Bronze,0\.\d{3},pass,fail,/);

    expect((await cli(['readiness', 'report', '--format', 'pdf', ...flags])).code).toBe(2);
  });
});
