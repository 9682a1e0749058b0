/**
 * `groundwork adr push` end to end: the real CLI entry against a listening server on each
 * dialect, from an adr-tools folder (and a MADR record) to ADRs with relations, then
 * unchanged on a second push; a malformed record stops the push before anything is sent.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DIALECTS } from '../../../../test/dialects.js';
import { buildTestApp, type TestApp } from '../../../../test/build-test-app.js';
import { runCli } from '../../../cli/program.js';

async function cli(cwd: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  const previous = process.cwd();
  process.chdir(cwd);
  try {
    process.exitCode = undefined;
    const code = await runCli(['node', 'groundwork', ...args]);
    return { code, stdout, stderr };
  } finally {
    process.exitCode = undefined;
    process.chdir(previous);
    out.mockRestore();
    err.mockRestore();
  }
}

describe.each(DIALECTS)('groundwork adr push on $name', (dialect) => {
  let t: TestApp;
  let server: string;
  let dir: string;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    server = await t.app.listen({ port: 0, host: '127.0.0.1' });
    dir = mkdtempSync(join(tmpdir(), 'gw-adr-push-cli-'));
    vi.stubEnv('ADR_DATE', '2026-11-28');
    vi.stubEnv('VISUAL', '');
    vi.stubEnv('EDITOR', '');
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    rmSync(dir, { recursive: true, force: true });
    await t.close();
  });

  it('round-trips a folder to the server, idempotently', async () => {
    expect((await cli(dir, 'adr', 'init', 'docs/decisions')).code).toBe(0);
    expect((await cli(dir, 'adr', 'new', 'Use', 'REST')).code).toBe(0);
    expect((await cli(dir, 'adr', 'new', '--template', 'madr', '-s', '2', '--decision-makers', 'Ana, Bo', 'Use', 'gRPC')).code).toBe(0);
    const push = (...extra: string[]) =>
      cli(dir, 'adr', 'push', '--server', server, '--token', t.memberToken, '--repository', 'orders', '--service', 'orders', ...extra);

    const first = await push();
    expect(first).toMatchObject({ code: 0, stdout: 'orders: 3 created, 0 updated, 0 unchanged\n' });
    expect(JSON.parse((await push('--json')).stdout)).toEqual({ repository: 'orders', created: [], updated: [], unchanged: [1, 2, 3] });

    const listed = (await t.app.inject({ url: '/api/v1/adrs?repository=orders', headers: t.as('viewer') })).json().items;
    expect(listed.map((a: { number: number; title: string; status: string }) => `${a.number} ${a.title} ${a.status}`)).toEqual([
      '1 Record architecture decisions accepted',
      '2 Use REST superseded',
      '3 Use gRPC accepted',
    ]);
    const grpc = (await t.app.inject({ url: `/api/v1/adrs/${listed[2].id}`, headers: t.as('viewer') })).json();
    expect(grpc).toMatchObject({ deciders: ['Ana', 'Bo'], scopeName: 'orders', relations: [{ kind: 'supersedes', adr: { number: 2 } }] });
  });

  it('stops at malformed front matter and sends nothing', async () => {
    writeFileSync(join(dir, 'docs/decisions/0004-broken.md'), '---\nstatus: [accepted\n---\n# Broken\n');
    const result = await cli(dir, 'adr', 'push', '--server', server, '--token', t.memberToken, '--repository', 'orders');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^groundwork: 0004-broken\.md: malformed front matter at line \d+: /);
    const listed = (await t.app.inject({ url: '/api/v1/adrs?repository=orders', headers: t.as('viewer') })).json().items;
    expect(listed).toHaveLength(3);
  });
});
