/**
 * Single-entity reads are answered from the response cache on SQLite (ADR 0021): these
 * tests check that an answer never outlives a write, whether it comes through the API, a
 * change to another row the answer depends on, or another process writing to the database.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/dialects.js';
import { buildTestApp, type TestApp } from '../../../test/build-test-app.js';
import { runGroundwork } from '../../../test/cli-process.js';

const pastRecheck = () => new Promise((resolve) => setTimeout(resolve, 5));

describe.each(DIALECTS)('catalog reads after writes on $name', (dialect) => {
  let t: TestApp;
  let dir: string;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    dir = mkdtempSync(join(tmpdir(), 'gw-read-cache-'));
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const send = (method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object, headers: Record<string, string> = {}) =>
    t.app.inject({ method, url, headers: { ...t.as('admin'), ...headers }, ...(payload ? { payload } : {}) });
  const get = (url: string) => t.app.inject({ url, headers: t.as('viewer') });

  it('answers a repeated read the same, and a write through the API at once', async () => {
    expect((await send('POST', '/api/v1/teams', { name: 'cache-team' })).statusCode).toBe(201);
    expect((await send('POST', '/api/v1/services', { name: 'cached', owner: 'cache-team', title: 'First' })).statusCode).toBe(201);
    const first = await get('/api/v1/services/cached');
    const again = await get('/api/v1/services/cached');
    expect(again.body).toBe(first.body);
    expect(again.headers.etag).toBe(first.headers.etag);
    expect(again.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(first.json()).toMatchObject({ name: 'cached', title: 'First', owner: 'cache-team', unresolved: [] });

    const notModified = await t.app.inject({ url: '/api/v1/services/cached', headers: { ...t.as('viewer'), 'if-none-match': `W/${String(first.headers.etag)}, "other"` } });
    expect(notModified.statusCode).toBe(304);
    expect(notModified.body).toBe('');
    expect(notModified.headers.etag).toBe(first.headers.etag);

    const patched = await send('PATCH', '/api/v1/services/cached', { title: 'Second' }, { 'if-match': String(first.headers.etag) });
    expect(patched.statusCode).toBe(200);
    const after = await get('/api/v1/services/cached');
    expect(after.json()).toMatchObject({ title: 'Second' });
    expect(after.headers.etag).toBe(patched.headers.etag);
    expect(after.headers.etag).not.toBe(first.headers.etag);
    const modified = await t.app.inject({ url: '/api/v1/services/cached', headers: { ...t.as('viewer'), 'if-none-match': String(first.headers.etag) } });
    expect(modified.statusCode).toBe(200);

    expect((await send('DELETE', '/api/v1/services/cached', undefined, { 'if-match': String(after.headers.etag) })).statusCode).toBe(204);
    expect((await get('/api/v1/services/cached')).statusCode).toBe(404);
  });

  it('follows a change to another row that the answer depends on', async () => {
    // Only an import may leave a reference unresolved (the API refuses an unknown owner).
    const component = 'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata: {name: orphan}\nspec: {type: service, lifecycle: production, owner: group:later-team}\n';
    const imported = await t.app.inject({ method: 'POST', url: '/api/v1/catalog/import', headers: { ...t.as('admin'), 'content-type': 'application/yaml' }, payload: component });
    expect(imported.statusCode, imported.body).toBe(200);
    const before = await get('/api/v1/services/orphan');
    expect(before.json()).toMatchObject({ unresolved: [{ field: 'owner', ref: 'later-team' }] });
    expect((await send('POST', '/api/v1/teams', { name: 'later-team' })).statusCode).toBe(201);
    const after = await get('/api/v1/services/orphan');
    expect(after.json()).toMatchObject({ unresolved: [] });
    expect(after.headers.etag).not.toBe(before.headers.etag);
  });

  it("lists a team's members exactly, and follows a person joining it", async () => {
    expect((await send('POST', '/api/v1/teams', { name: 'payments' })).statusCode).toBe(201);
    expect((await send('POST', '/api/v1/teams', { name: 'payments-eu' })).statusCode).toBe(201);
    expect((await send('POST', '/api/v1/people', { name: 'ana', title: 'Ana', memberOf: ['payments'] })).statusCode).toBe(201);
    expect((await send('POST', '/api/v1/people', { name: 'bo', title: 'Bo', memberOf: ['payments-eu'] })).statusCode).toBe(201);
    // Mentions the team's name, but is not a member.
    expect((await send('POST', '/api/v1/people', { name: 'cy', title: 'payments', memberOf: [] })).statusCode).toBe(201);
    const before = await get('/api/v1/teams/payments');
    expect(before.json<{ members: { name: string }[] }>().members.map((m) => m.name)).toEqual(['ana']);
    expect((await send('POST', '/api/v1/people', { name: 'di', title: 'Di', memberOf: ['payments-eu', 'payments'] })).statusCode).toBe(201);
    const after = await get('/api/v1/teams/payments');
    expect(after.json<{ members: { name: string }[] }>().members.map((m) => m.name)).toEqual(['ana', 'di']);
  });

  it('shows what another process wrote to the database', async () => {
    expect((await get('/api/v1/services/imported')).statusCode).toBe(404);
    expect((await send('POST', '/api/v1/teams', { name: 'importers' })).statusCode).toBe(201);
    const file = join(dir, 'catalog-info.yaml');
    const yaml = (description: string) =>
      `apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: imported\n  description: ${description}\nspec:\n  type: service\n  lifecycle: production\n  owner: group:importers\n`;
    writeFileSync(file, yaml('one'));
    const imported = await runGroundwork(['catalog', 'import', file, ...t.testDb.cliFlags]);
    expect(imported.code, imported.stderr).toBe(0);
    await pastRecheck();
    const first = await get('/api/v1/services/imported');
    expect(first.json()).toMatchObject({ description: 'one' });

    writeFileSync(file, yaml('two'));
    expect((await runGroundwork(['catalog', 'import', file, ...t.testDb.cliFlags])).code).toBe(0);
    await pastRecheck();
    expect((await get('/api/v1/services/imported')).json()).toMatchObject({ description: 'two' });
  });
});
