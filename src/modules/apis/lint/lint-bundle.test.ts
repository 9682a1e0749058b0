import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../cli/program.js';

/**
 * The bundled `api lint` (dist/lint-cli, built by `npm run build:server`; `npm test` builds
 * first) must print what the general CLI prints: same findings, same exit code. Its OpenAPI
 * schema validators are compiled at build time, the general CLI's at run time.
 */
const root = join(import.meta.dirname, '../../../..');
const bin = join(root, 'bin', 'groundwork.js');
const built = existsSync(join(root, 'dist', 'lint-cli', 'lint.main.cjs'));
const corpus = (name: string) => join(root, '../shared/corpora/openapi', name);

async function viaBundle(args: string[]): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [bin, 'api', 'lint', ...args], { maxBuffer: 1 << 28 });
    return { code: 0, stdout };
  } catch (error) {
    return { code: Number(Reflect.get(error as object, 'code')), stdout: String(Reflect.get(error as object, 'stdout')) };
  }
}

async function viaGeneralCli(args: string[]): Promise<{ code: number; stdout: string }> {
  const output = join(mkdtempSync(join(tmpdir(), 'gw-lint-general-')), 'out.json');
  process.exitCode = undefined;
  const code = await runCli(['node', 'groundwork', 'api', 'lint', ...args, '--output', output]);
  process.exitCode = undefined;
  return { code, stdout: readFileSync(output, 'utf8') };
}

describe.runIf(built)('the bundled api lint', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gw-lint-bundle-'));
  const invalid30 = join(dir, 'invalid-3.0.json');
  writeFileSync(invalid30, JSON.stringify({ openapi: '3.0.3', info: { title: 'x' }, paths: { '/a': { get: { responses: { 200: { description: 1 } }, parameters: [{ name: 'q', in: 'nowhere' }] } } } }));
  const invalid20 = join(dir, 'invalid-2.0.json');
  writeFileSync(invalid20, JSON.stringify({ swagger: '2.0', info: { title: 'x', version: '1' }, paths: { '/a': { get: { responses: { 200: { description: 'ok', schema: { type: 'wrong' } } }, parameters: [{ name: 'q', in: 'query', type: 'file' }] } } } }));
  const invalid31 = join(dir, 'invalid-3.1.yaml');
  writeFileSync(invalid31, 'openapi: 3.1.0\ninfo: {title: x, version: "1"}\npaths:\n  /a:\n    get:\n      responses: {"200": {description: ok, content: {a/b: {schema: {type: wrong, exclusiveMinimum: true}}}}}\n');

  it('ships two validators per OpenAPI schema beside the bundle (all errors, validity only)', () => {
    const names = ['oas2_0', 'oas3_0', 'oas3_1', 'oas3_2'];
    expect(readdirSync(join(root, 'dist', 'lint-cli', 'validators')).sort()).toEqual(names.flatMap((name) => [`${name}.cjs`, `${name}.validity.cjs`]));
  });

  it.each([
    ['an invalid OpenAPI 3.0 document', invalid30, true],
    ['an invalid OpenAPI 3.1 document', invalid31, true],
    ['an invalid Swagger 2.0 document', invalid20, true],
    ['a 4 MB Swagger 2.0 document (kubernetes)', corpus('kubernetes-client-python-swagger.json'), false],
  ])('finds in %s what the general CLI finds', async (_name, file, schemaErrors) => {
    const args = [file, '-r', 'spectral:oas', '-f', 'json', '-q'];
    const [bundled, general] = await Promise.all([viaBundle(args), viaGeneralCli(args)]);
    expect(bundled).toEqual(general);
    const codes = (JSON.parse(bundled.stdout) as { code: string }[]).map((finding) => finding.code);
    expect(codes.some((code) => code === 'oas3-schema' || code === 'oas2-schema')).toBe(schemaErrors);
  });
});
