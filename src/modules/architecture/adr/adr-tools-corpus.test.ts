/**
 * adr-tools' own test cases, run against `groundwork adr` the way adr-tools' Makefile runs
 * them: each script under `/bin/sh -v` in a fresh empty directory, with `adr` on PATH
 * (here a shim that runs Groundwork's CLI), the corpus folder on PATH for fake-editor and
 * fake-visual, ADR_DATE=1992-01-12 and VISUAL/EDITOR empty. The echoed commands and their
 * combined stdout and stderr must equal the `.expected` file byte for byte.
 */
import { execFile } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../../../..');
const corpus = resolve(repo, '../shared/corpora/adr-tools');
const cases = readdirSync(corpus)
  .filter((name) => name.endsWith('.sh'))
  .map((name) => name.slice(0, -'.sh'.length))
  .sort();

const work = mkdtempSync(join(tmpdir(), 'groundwork-adr-corpus-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/**
 * A plain-JavaScript copy of the CLI for the shim: ~70 `adr` runs under tsx cost seconds
 * each on a busy machine, plain node a fraction. TypeScript's own transpiler writes it
 * (type-only imports vanish under verbatimModuleSyntax), next to a node_modules link.
 */
function transpileCli(): string {
  const out = join(work, 'cli');
  const copy = (from: string, to: string): void => {
    for (const entry of readdirSync(from, { withFileTypes: true })) {
      const source = join(from, entry.name);
      if (entry.isDirectory()) {
        copy(source, join(to, entry.name));
      } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && !entry.name.endsWith('.d.ts')) {
        const { outputText } = ts.transpileModule(readFileSync(source, 'utf8'), {
          compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true },
          fileName: source,
        });
        mkdirSync(to, { recursive: true });
        writeFileSync(join(to, entry.name.replace(/\.ts$/, '.js')), outputText);
      }
    }
  };
  copy(join(repo, 'src'), out);
  writeFileSync(join(work, 'package.json'), '{"type":"module"}\n');
  symlinkSync(join(repo, 'node_modules'), join(work, 'node_modules'));
  return join(out, 'main.js');
}

const bin = join(work, 'bin');
mkdirSync(bin);
writeFileSync(join(bin, 'adr'), `#!/bin/sh\nexec "${process.execPath}" "${transpileCli()}" adr "$@"\n`);
chmodSync(join(bin, 'adr'), 0o755);

function runCase(name: string): Promise<string> {
  const dir = join(work, name);
  mkdirSync(dir);
  const output = join(work, `${name}.out`);
  // One file for both streams, so their interleaving is what a terminal would show.
  const script = `exec > "${output}" 2>&1; exec /bin/sh -v "${join(corpus, `${name}.sh`)}"`;
  return new Promise((done, fail) => {
    execFile(
      '/bin/sh',
      ['-c', script],
      {
        cwd: dir,
        env: {
          PATH: `${bin}:${corpus}:/usr/local/bin:/usr/bin:/bin`,
          HOME: work,
          ADR_DATE: '1992-01-12',
          VISUAL: '',
          EDITOR: '',
          PS4: '+ ',
          LANG: 'C.UTF-8',
        },
      },
      (error) => {
        // Some cases end with a failing command (as upstream's do); the output is what counts.
        if (error && typeof error.code !== 'number') {
          fail(new Error(`cannot run ${name}: ${error.message}`));
          return;
        }
        done(readFileSync(output, 'utf8'));
      },
    );
  });
}

describe('adr-tools test cases against groundwork adr', () => {
  it('finds the corpus', () => {
    expect(cases.length).toBeGreaterThanOrEqual(18);
  });

  it.concurrent.each(cases)('%s', async (name) => {
    const expected = readFileSync(join(corpus, `${name}.expected`), 'utf8');
    const actual = await runCase(name);
    expect(actual).toBe(expected);
  }, 120_000);
});
