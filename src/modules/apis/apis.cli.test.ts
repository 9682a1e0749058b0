import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../../test/cli-in-process.js';
import { runGroundwork } from '../../../test/cli-process.js';
import { DIALECTS } from '../../../test/dialects.js';
import { buildTestApp, type TestApp } from '../../../test/build-test-app.js';

const document = (version: string, paths: string) => `openapi: 3.0.3
info: { title: Pets, version: "${version}" }
paths:
${paths}`;
const op = (path: string) => `  ${path}:
    get:
      operationId: get${path.replace(/\W/g, '')}
      responses:
        '200': { description: OK }
`;

// The CLI only talks HTTP, so one dialect is enough here; the API tests cover both.
describe.each(DIALECTS.filter((dialect) => dialect.name === 'sqlite'))('groundwork api push on $name', (dialect) => {
  let t: TestApp;
  let flags: string[];
  let dir: string;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/apis', headers: t.as('member'), payload: { name: 'pets' } })).statusCode).toBe(201);
    const server = await t.app.listen({ host: '127.0.0.1', port: 0 });
    flags = ['--server', server, '--token', t.memberToken];
    dir = mkdtempSync(join(tmpdir(), 'gw-push-'));
    writeFileSync(join(dir, 'v1.yaml'), document('1.0.0', op('/pets') + op('/pets/{id}')));
    writeFileSync(join(dir, 'v2.yaml'), document('1.1.0', op('/pets')));
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('exit 0 when stored, printing the summary', async () => {
    const res = await cli(['api', 'push', join(dir, 'v1.yaml'), '--api', 'pets', '--version', '1.0.0', '--git-ref', 'abc123', ...flags]);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/^pets 1\.0\.0 stored \(first version\)\n {2}lint: \d+ errors?, /);
    expect(res.stdout).toContain('operations: 2 (0 deprecated); OpenAPI 3.0.3');
  });

  it('exit 1 when the release policy refuses the version, printing the violations; --force --reason stores it', async () => {
    const refused = await cli(['api', 'push', join(dir, 'v2.yaml'), '--api', 'pets', '--version', '1.1.0', ...flags]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('GET /pets/{id}: ');
    expect(refused.stdout).toContain('needs a major version bump; no deprecation period: operation was not deprecated for 90 days');
    expect(refused.stderr).toContain('pets 1.1.0 refused by the release policy (1 violation)');

    const json = await cli(['api', 'push', join(dir, 'v2.yaml'), '--api', 'pets', '--version', '1.1.0', '--json', ...flags]);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ status: 409, violations: [{ operation: { method: 'GET', path: '/pets/{id}' } }] });

    const forced = await cli(['api', 'push', join(dir, 'v2.yaml'), '--api', 'pets', '--version', '1.1.0', '--force', '--reason', 'nobody used it', '--json', ...flags]);
    expect(forced.code).toBe(0);
    expect(JSON.parse(forced.stdout)).toMatchObject({ version: '1.1.0', forced: true, forceReason: 'nobody used it', changes: { breaking: 1 } });
  });

  it('exit 2 for a missing file, a force without reason, an unknown API or a document that is not OpenAPI', async () => {
    const missing = await cli(['api', 'push', join(dir, 'nope.yaml'), '--api', 'pets', '--version', '3.0.0', ...flags]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.yaml');
    expect((await cli(['api', 'push', join(dir, 'v1.yaml'), '--api', 'pets', '--version', '3.0.0', '--force', ...flags])).code).toBe(2);
    const unknown = await cli(['api', 'push', join(dir, 'v1.yaml'), '--api', 'ghost', '--version', '1.0.0', ...flags]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('404');
    writeFileSync(join(dir, 'bad.yaml'), 'hello: world\n');
    const bad = await cli(['api', 'push', join(dir, 'bad.yaml'), '--api', 'pets', '--version', '3.0.0', ...flags]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('422');
  });

  it('the real process exits 1 on a refusal, with GROUNDWORK_SERVER and GROUNDWORK_TOKEN from the environment', async () => {
    const [, server = '', , token = ''] = flags;
    writeFileSync(join(dir, 'cats.yaml'), document('1.2.0', op('/cats')));
    const res = await runGroundwork(['api', 'push', join(dir, 'cats.yaml'), '--api', 'pets', '--version', '1.2.0'], { env: { GROUNDWORK_SERVER: server, GROUNDWORK_TOKEN: token } });
    expect(res.code, res.stderr).toBe(1);
    expect(res.stderr).toMatch(/^groundwork: pets 1\.2\.0 refused by the release policy/);
  }, 60_000);

  it('api reanalyse restores what the engines say today, prints before and after, and needs an admin token', async () => {
    const stored = await t.db.selectFrom('api_versions').select(['version', 'lint_error', 'breaking']).where('api', '=', 'pets').orderBy('seq').execute();
    expect(stored.map((row) => row.version)).toEqual(['1.0.0', '1.1.0']);
    // What an older engine might have stored.
    await t.db.updateTable('api_versions').set({ lint_error: 99, breaking: 0, changes: '[]' }).where('api', '=', 'pets').execute();

    const denied = await cli(['api', 'reanalyse', ...flags]);
    expect(denied.code).toBe(2);
    expect(denied.stderr).toContain('403');

    const adminFlags = [flags[0] ?? '', flags[1] ?? '', '--token', t.adminToken];
    const res = await cli(['api', 'reanalyse', ...adminFlags]);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('pets: 2 version(s) analysed again');
    expect(res.stdout).toMatch(/1\.1\.0: 99 lint errors, \d+ warnings; 0 breaking, \d+ warning, \d+ info changes -> \d+ lint errors, \d+ warnings; 1 breaking/);
    const after = await t.db.selectFrom('api_versions').select(['version', 'lint_error', 'breaking']).where('api', '=', 'pets').orderBy('seq').execute();
    expect(after).toEqual(stored);
    const audited = await t.db.selectFrom('audit_log').select(['action', 'entity_id']).where('action', '=', 'reanalyse').execute();
    expect(audited.map((row) => row.entity_id).sort()).toEqual(['pets@1.0.0', 'pets@1.1.0']);

    const again = await cli(['api', 'reanalyse', '--api', 'pets', '--json', ...adminFlags]);
    expect(again.code).toBe(0);
    const json = JSON.parse(again.stdout) as { items: { api: string; items: { before: unknown; after: unknown }[] }[] };
    expect(json.items[0]?.api).toBe('pets');
    expect(json.items[0]?.items.every((item) => JSON.stringify(item.before) === JSON.stringify(item.after))).toBe(true);
    expect((await cli(['api', 'reanalyse', '--api', 'ghost', ...adminFlags])).stderr).toContain('404');
  });
});
