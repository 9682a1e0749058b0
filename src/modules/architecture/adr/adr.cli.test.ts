/**
 * `groundwork adr` through the real CLI entry (runCli): exit codes and output streams
 * follow the CLI conventions, adr-tools' own messages stay as adr-tools prints them.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../../cli/program.js';

let dir: string;
let previous: string;
let stdout: string;
let stderr: string;

async function adr(...args: string[]): Promise<number> {
  stdout = '';
  stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  try {
    process.exitCode = undefined;
    return await runCli(['node', 'groundwork', 'adr', ...args]);
  } finally {
    process.exitCode = undefined;
    out.mockRestore();
    err.mockRestore();
  }
}

beforeEach(() => {
  previous = process.cwd();
  dir = mkdtempSync(join(tmpdir(), 'groundwork-adr-cli-'));
  process.chdir(dir);
  vi.stubEnv('ADR_DATE', '2026-11-28');
  vi.stubEnv('VISUAL', '');
  vi.stubEnv('EDITOR', '');
});
afterEach(() => {
  process.chdir(previous);
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

describe('groundwork adr (CLI)', () => {
  it('lint --json prints the findings and exits 1 when there are problems', async () => {
    expect(await adr('init')).toBe(0);
    expect(await adr('new', '-s', '1', 'Second')).toBe(0);
    expect(await adr('lint')).toBe(0);
    expect(stdout).toBe('doc/adr: 2 records, no problems\n');
    writeFileSync('doc/adr/0004-orphan.md', '# 4. Orphan\n\nDate: 2026-11-28\n\n## Status\n\nAccepted\n\n## Context\n');
    expect(await adr('lint', '--json')).toBe(1);
    expect(JSON.parse(stdout)).toEqual({
      directory: 'doc/adr',
      records: 3,
      findings: [{ rule: 'numbering-gap', message: 'numbering has gaps: no record numbered 3' }],
    });
  });

  it('prints adr-tools messages on stdout with exit 1, its own errors on stderr with exit 2', async () => {
    expect(await adr('list')).toBe(1);
    expect(stdout).toBe('The doc/adr directory does not exist\n');
    expect(await adr('new', '-s', '12', 'Anything')).toBe(2);
    expect(stderr).toBe('groundwork: no decision record matches "12" in doc/adr\n');
    expect(await adr('generate', 'graph', '--format', 'svg')).toBe(2);
    expect(stderr).toBe('groundwork: --format must be dot or mermaid, not "svg"\n');
  });
});
