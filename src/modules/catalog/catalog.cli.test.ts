import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../../test/cli-in-process.js';
import { DIALECTS } from '../../../test/dialects.js';
import { buildTestApp, type TestApp } from '../../../test/build-test-app.js';

const CORPUS = join(import.meta.dirname, '../../../../shared/corpora/backstage');

describe.each(DIALECTS)('groundwork catalog on $name', (dialect) => {
  let t: TestApp;
  let server: string;
  let dir: string;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    server = await t.app.listen({ host: '127.0.0.1', port: 0 });
    dir = mkdtempSync(join(tmpdir(), 'gw-cli-'));
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('imports the corpus into the local database, following Locations, and is idempotent', async () => {
    const flags = [...t.testDb.cliFlags, '--json'];
    // acme-corp.yaml is a Location that leads to acme/org.yaml, whose Location leads to the groups.
    const first = await cli(['catalog', 'import', join(CORPUS, 'acme-corp.yaml'), '--dry-run', ...flags]);
    expect(first.code).toBe(0);
    const dry = JSON.parse(first.stdout);
    expect(dry).toMatchObject({ dryRun: true, created: 19, errors: [] });
    // team-c-group.yaml and team-e-big-name-group.yaml are not in the corpus: skipped with a warning.
    expect(dry.warnings.filter((w: { message: string }) => w.message.includes('does not exist')).length).toBe(2);
    const all = JSON.parse((await cli(['catalog', 'import', CORPUS, ...flags])).stdout);
    expect(all).toMatchObject({ created: 41, updated: 0, unchanged: 0 });
    const again = JSON.parse((await cli(['catalog', 'import', CORPUS, ...flags])).stdout);
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 41 });
  });

  it('lists, gets and exports through the server; the export re-imports unchanged', async () => {
    const auth = ['--server', server, '--token', t.viewerToken];
    const list = await cli(['catalog', 'list', '--owner', 'team-a', ...auth]);
    expect(list.code).toBe(0);
    expect(list.stdout.split('\n')[0]).toMatch(/^NAME\s+TITLE\s+OWNER\s+SYSTEM\s+TIER\s+LIFECYCLE$/);
    expect(list.stdout).toContain('www-artist');
    expect(list.stdout).not.toContain('podcast-api');
    const sorted = JSON.parse((await cli(['catalog', 'list', '--sort=-name', '--limit', '3', '--json', ...auth])).stdout) as { name: string }[];
    expect(sorted.map((s) => s.name)).toEqual(sorted.map((s) => s.name).sort().reverse());
    expect(sorted).toHaveLength(3);
    const badSort = await cli(['catalog', 'list', '--sort', 'colour', ...auth]);
    expect(badSort.code).not.toBe(0);
    expect(badSort.stderr).toContain('tier');
    const teams = JSON.parse((await cli(['catalog', 'list', 'teams', '--json', ...auth])).stdout);
    expect(teams.map((x: { name: string }) => x.name)).toContain('team-a');
    const one = JSON.parse((await cli(['catalog', 'get', 'petstore', '--json', ...auth])).stdout);
    expect(one).toMatchObject({ name: 'petstore', owner: 'team-c', unresolved: [{ field: 'owner', ref: 'team-c' }] });
    const exportFile = join(dir, 'export.yaml');
    expect((await cli(['catalog', 'export', '-o', exportFile, ...auth])).code).toBe(0);
    const reimport = await cli(['catalog', 'import', exportFile, '--json', '--server', server, '--token', t.memberToken]);
    expect(JSON.parse(reimport.stdout)).toMatchObject({ created: 0, updated: 0, errors: [] });
  });

  it('reports a broken file with its line and exits 2, writing nothing', async () => {
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'apiVersion: backstage.io/v1alpha1\nkind: System\nmetadata:\n  name: fine\n---\napiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: broken\nspec:\n  owner: {team: a}\n');
    const res = await cli(['catalog', 'import', bad, ...t.testDb.cliFlags]);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('bad.yaml#1:11');
    expect(res.stderr).toContain('"spec.owner" must be a string');
    const missing = await cli(['catalog', 'get', 'system', 'fine', '--json', '--server', server, '--token', t.viewerToken]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('404');
    const noToken = await cli(['catalog', 'list', '--server', server, '--token', '']);
    expect(noToken.code).toBe(2);
  });
});
