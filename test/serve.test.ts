import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runGroundwork, startGroundwork } from './cli-process.js';

describe('groundwork serve and token, as processes on SQLite', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'gw-serve-'));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('starts with a one-time admin token, accepts CLI-made tokens, and drains on SIGTERM', async () => {
    const server = await startGroundwork(['--port', '0', '--data', dir]);
    const adminToken = /\n\s+(gw_[\w-]+)\n/.exec(server.output())?.[1];
    expect(adminToken).toBeDefined();
    expect(server.output()).not.toMatch(/"msg":"[^"]*gw_/); // never in the logs

    const created = await runGroundwork(['token', 'create', '--name', 'ci', '--role', 'viewer', '--data', dir, '--json']);
    expect(created.code).toBe(0);
    const { token } = JSON.parse(created.stdout) as { token: string };
    const res = await fetch(`${server.url}/api/v1/audit`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);

    const listed = await runGroundwork(['token', 'list', '--data', dir]);
    expect(listed.stdout).toMatch(/initial-admin\s+admin/);
    expect(listed.stdout).not.toContain(token);

    const revoked = await runGroundwork(['token', 'revoke', 'ci', '--data', dir]);
    expect(revoked.code).toBe(0);
    expect((await fetch(`${server.url}/api/v1/audit`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(401);

    const exited = new Promise<number | null>((resolve) => server.child.on('exit', resolve));
    server.child.kill('SIGTERM');
    expect(await exited).toBe(0);

    // A second start prints no new token.
    const again = await startGroundwork(['--port', '0', '--data', dir]);
    expect(again.output()).not.toContain('shown only this once');
    const againExited = new Promise<number | null>((resolve) => again.child.on('exit', resolve));
    again.child.kill('SIGTERM');
    expect(await againExited).toBe(0);
  });

  it('rejects bad input on the command line with one line and exit 2', async () => {
    const badRole = await runGroundwork(['token', 'create', '--name', 'x', '--role', 'boss', '--data', dir]);
    expect(badRole.code).toBe(2);
    expect(badRole.stderr.trim().split('\n')).toHaveLength(1);
    expect(badRole.stderr).toContain('invalid');
    const unknown = await runGroundwork(['token', 'revoke', 'nobody', '--data', dir]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('No token');
    const badPort = await runGroundwork(['serve', '--port', 'abc', '--data', dir]);
    expect(badPort.code).toBe(2);
    expect(badPort.stderr).toContain('port');
  });
});
