import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../../cli/program.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../../..');
const pairs = resolve(root, '../shared/corpora/openapi-pairs');
const twilio = (side: string) => join(pairs, 'twilio-oai-messaging-v1', `${side}.yaml`);
const swagger2 = resolve(root, '../shared/corpora/openapi/argoproj-argo-workflows-swagger.json');

let stdout = '';
let stderr = '';
beforeEach(() => {
  stdout = '';
  stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
});

const run = (...args: string[]) => runCli(['node', 'groundwork', 'api', ...args]);

describe('groundwork api diff', () => {
  it('exits 1 on breaking changes and lists them (twilio pair)', async () => {
    expect(await run('diff', twilio('base'), twilio('head'))).toBe(1);
    expect(stdout.split('\n').filter((l) => l.startsWith('breaking'))).toHaveLength(4);
    expect(stdout).toContain('4 breaking, 0 warning, 3 info (info hidden; --include-info shows it)');
    expect(stderr).toBe("groundwork: 4 changes at or above 'breaking' (--fail-on breaking)\n");
  });

  it('exits 0 when nothing reaches --fail-on (box pair: only removed unused schemas)', async () => {
    const box = join(pairs, 'box-openapi');
    expect(await run('diff', join(box, 'base.json'), join(box, 'head.json'), '--fail-on', 'warning')).toBe(0);
    expect(stdout).toContain('0 breaking, 0 warning, 5 info');
  });

  it('writes JSON and SARIF', async () => {
    expect(await run('diff', twilio('base'), twilio('head'), '--format', 'json', '--include-info')).toBe(1);
    const json = JSON.parse(stdout) as { summary: { breaking: number; info: number }; changes: unknown[] };
    expect(json.summary).toMatchObject({ breaking: 4, info: 3 });
    expect(json.changes).toHaveLength(7);
    stdout = '';
    await run('diff', twilio('base'), twilio('head'), '--format', 'sarif');
    const sarif = JSON.parse(stdout) as { version: string; runs: { results: { ruleId: string; locations: { physicalLocation: { region?: { startLine: number } } }[] }[] }[] };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]?.results).toHaveLength(4);
    expect(sarif.runs[0]?.results[0]?.locations[0]?.physicalLocation.region?.startLine).toBeGreaterThan(0);
  });

  it.each([
    [['diff', 'missing.yaml', 'x.yaml'], /cannot read 'missing.yaml'/],
    [['diff', swagger2, twilio('head')], /different major versions/],
    [['diff', twilio('base'), twilio('head'), '--format', 'xml'], /--format must be one of/],
    [['diff', twilio('base'), twilio('head'), '--fail-on', 'info'], /--fail-on must be one of/],
    [['diff', 'git:no-such-rev:openapi.yaml', twilio('head')], /cannot read 'git:no-such-rev:openapi.yaml' from git/],
  ])('exits 2 with one clear line for bad input %#', async (args, message) => {
    expect(await run(...args)).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('exits 2 on an unparseable document', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gw-diff-'));
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'openapi: 3.0.0\npaths: {\n  /x: [\n');
    expect(await run('diff', bad, twilio('head'))).toBe(2);
    expect(stderr).toMatch(/cannot parse '.*bad.yaml' \(line \d+\)/);
  });
});

describe('groundwork api changelog', () => {
  it('writes Markdown grouped by operation, breaking first', async () => {
    expect(await run('changelog', twilio('base'), twilio('head'))).toBe(0);
    expect(stdout).toMatch(/^# Changelog: Twilio - Messaging 1\.\d+\.\d+ → 1\.\d+\.\d+/);
    expect(stdout.indexOf('## Breaking changes')).toBeLessThan(stdout.indexOf('## Other changes'));
    expect(stdout).toContain('### `GET /v1/Tollfree/Verifications`');
  });
});

describe('git:REV:path inputs (whole process)', () => {
  it('reads both sides from git', () => {
    const repo = mkdtempSync(join(tmpdir(), 'gw-diff-git-'));
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: repo });
    git('init', '-q');
    const doc = (required: boolean) => JSON.stringify({ openapi: '3.0.3', info: { title: 't', version: '1' }, paths: { '/a': { get: { parameters: [{ name: 'q', in: 'query', required, schema: { type: 'string' } }], responses: {} } } } });
    writeFileSync(join(repo, 'api.json'), doc(false));
    git('add', 'api.json');
    git('commit', '-q', '-m', 'one');
    writeFileSync(join(repo, 'api.json'), doc(true));
    git('commit', '-q', '-am', 'two');
    const result = spawnSync(process.execPath, ['--import', join(root, 'node_modules/tsx/dist/loader.mjs'), join(root, 'src/main.ts'), 'api', 'diff', 'git:HEAD~1:api.json', 'git:HEAD:api.json'], { cwd: repo, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('GET /a  The query parameter `q` became required');
  });
});
