import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runLintBundle } from './lint-bundle-loader.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A project with node_modules/ajv (where the cache goes) and a bundle that echoes argv. */
function project(digest: string, code = 3): { bundle: string; cacheDir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'gw-lint-bundle-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'node_modules', 'ajv'), { recursive: true });
  mkdirSync(join(dir, 'node_modules', '.cache'), { recursive: true });
  writeFileSync(join(dir, 'node_modules', 'ajv', 'package.json'), '{}');
  mkdirSync(join(dir, 'dist', 'lint-cli'), { recursive: true });
  const bundle = join(dir, 'dist', 'lint-cli', 'lint.main.cjs');
  writeFileSync(
    bundle,
    `//gw-bundle:${digest}\n"use strict";exports.runLintCli=async(argv)=>{globalThis.gwBundleSeen={argv,file:__filename,path:typeof require("node:path").join};return ${String(code)}};`,
  );
  return { bundle, cacheDir: join(dir, 'node_modules', '.cache', 'groundwork') };
}

const caches = (dir: string) => {
  try {
    return readdirSync(dir).filter((name) => name.startsWith('lint-cli-'));
  } catch {
    return [];
  }
};

describe('runLintBundle', () => {
  it('runs the bundle as a CommonJS script and writes a code cache after the first run only', async () => {
    const { bundle, cacheDir } = project('00000000000000aa');
    expect(await runLintBundle(bundle, ['node', 'gw', 'api', 'lint'])).toBe(3);
    expect(Reflect.get(globalThis, 'gwBundleSeen')).toEqual({ argv: ['node', 'gw', 'api', 'lint'], file: bundle, path: 'function' });
    expect(caches(cacheDir)).toEqual([`lint-cli-00000000000000aa-${process.version}-${process.arch}.v8`]);
    expect(await runLintBundle(bundle, ['node', 'gw', 'api', 'lint', 'x'])).toBe(3);
    expect(caches(cacheDir)).toHaveLength(1);
  });

  it('replaces a cache V8 rejects and drops caches of other builds unused for a day', async () => {
    const { bundle, cacheDir } = project('00000000000000bb');
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(join(cacheDir, 'lint-cli-00000000000000aa-v0-x64.v8'), 'stale');
    const dayAndAHalfAgo = new Date(Date.now() - 36 * 60 * 60 * 1000);
    utimesSync(join(cacheDir, 'lint-cli-00000000000000aa-v0-x64.v8'), dayAndAHalfAgo, dayAndAHalfAgo);
    writeFileSync(join(cacheDir, 'lint-cli-00000000000000dd-v0-x64.v8'), 'recent, maybe another checkout');
    writeFileSync(join(cacheDir, `lint-cli-00000000000000bb-${process.version}-${process.arch}.v8`), 'not a V8 code cache');
    expect(await runLintBundle(bundle, [])).toBe(3);
    expect(caches(cacheDir).sort()).toEqual([`lint-cli-00000000000000bb-${process.version}-${process.arch}.v8`, 'lint-cli-00000000000000dd-v0-x64.v8']);
  });

  it('runs without a cache when the cache directory cannot be written', async () => {
    const { bundle, cacheDir } = project('00000000000000cc', 0);
    // A file where the directory should be: unwritable even for root.
    writeFileSync(cacheDir, '');
    expect(await runLintBundle(bundle, [])).toBe(0);
    expect(await runLintBundle(bundle, [])).toBe(0);
  });
});
