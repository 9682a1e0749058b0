import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../cli/program.js';

const corpus = (name: string) => join(import.meta.dirname, '../../../../../shared/corpora/openapi', name);

async function run(...args: string[]): Promise<{ code: number; stdout: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'gw-lint-cli-'));
  const output = join(dir, 'out.txt');
  process.exitCode = undefined;
  const code = await runCli(['node', 'groundwork', 'api', 'lint', ...args, '--output', output, '--quiet']);
  process.exitCode = undefined;
  let stdout = '';
  try {
    stdout = readFileSync(output, 'utf8');
  } catch {
    stdout = '';
  }
  return { code, stdout };
}

describe('groundwork api lint', () => {
  it('prints Spectral-compatible JSON and exits 1 on errors', async () => {
    const { code, stdout } = await run(corpus('argoproj-argo-workflows-swagger.json'), '-r', 'spectral:oas', '-f', 'json');
    expect(code).toBe(1);
    const findings: unknown = JSON.parse(stdout);
    expect(Array.isArray(findings) && findings.length).toBe(694);
    expect(Array.isArray(findings) && findings[0]).toMatchObject({ code: expect.any(String), path: expect.any(Array), severity: expect.any(Number), range: { start: { line: expect.any(Number) } } });
  });

  it('exits 0 when nothing reaches the fail severity', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gw-lint-cli-'));
    const file = join(dir, 'warnings-only.yaml');
    // Valid, but without info.contact / info.description: warnings only.
    writeFileSync(file, 'openapi: 3.0.3\ninfo:\n  title: T\n  version: 1.0.0\nservers:\n  - url: https://api.acme.org\npaths: {}\n');
    const { code } = await run(file, '-r', 'spectral:oas', '-F', 'error', '-f', 'json');
    const { code: strict } = await run(file, '-r', 'spectral:oas', '-F', 'warn', '-f', 'json');
    expect([code, strict]).toEqual([0, 1]);
  });

  it('writes SARIF 2.1.0 with rules that have help text', async () => {
    const { stdout } = await run(corpus('asana-openapi-app-components.yaml'), '-r', 'spectral:oas', '-f', 'sarif');
    const log: unknown = JSON.parse(stdout);
    expect(log).toMatchObject({ version: '2.1.0', runs: [{ tool: { driver: { name: 'Groundwork' } } }] });
    const rules: unknown = Reflect.get(Reflect.get(Reflect.get(Reflect.get(log as object, 'runs') as object, 0) as object, 'tool') as object, 'driver');
    const list: unknown = Reflect.get(rules as object, 'rules');
    expect(Array.isArray(list) && list.every((rule: unknown) => typeof Reflect.get(Reflect.get(rule as object, 'help') as object, 'text') === 'string')).toBe(true);
  });

  it('exits 2 for a missing file, an unknown format or a broken ruleset', async () => {
    expect((await run('/nonexistent.yaml', '-r', 'spectral:oas')).code).toBe(2);
    expect((await run(corpus('asana-openapi-app-components.yaml'), '-r', 'spectral:oas', '-f', 'xml')).code).toBe(2);
    const dir = mkdtempSync(join(tmpdir(), 'gw-lint-cli-'));
    writeFileSync(join(dir, 'bad.yaml'), 'rules:\n  x:\n    given: $\n    then: { function: evil }\n');
    expect((await run(corpus('asana-openapi-app-components.yaml'), '-r', join(dir, 'bad.yaml'))).code).toBe(2);
  });

  it('reports an empty file as a parser error instead of crashing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gw-lint-cli-'));
    writeFileSync(join(dir, 'empty.yaml'), '');
    const { code, stdout } = await run(join(dir, 'empty.yaml'), '-r', 'spectral:oas', '-f', 'json');
    expect(code).toBe(1);
    expect(stdout).toContain('"parser"');
  });
});
