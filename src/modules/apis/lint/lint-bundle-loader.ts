/**
 * Runs the bundled `api lint` script (dist/lint-cli/lint.main.cjs, scripts/bundle-lint-cli.ts)
 * with a V8 code cache (ADR 0020). Node 20 has no module compile cache, so the script is run
 * through `vm.Script`, which accepts cached code and can make it. The cache is made AFTER the
 * first run, so it holds every function that run compiled, not only the top level: later runs
 * neither parse nor compile the lint code they reuse.
 *
 * The cache lives where the cached Ajv validators do (node_modules/.cache/groundwork) and is
 * named by the bundle's digest (its first line), Node's version and the architecture; V8 itself
 * rejects a cache made with other flags, and then it is made again. Without a writable cache
 * directory, or with a cache that cannot be read, the script is compiled as usual.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

const CACHE_PREFIX = 'lint-cli-';
const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

/** node_modules/.cache/groundwork of the nearest node_modules holding Ajv (as for the validators). */
function cacheDirFor(bundleFile: string): string | undefined {
  let dir = dirname(bundleFile);
  for (let i = 0; i < 12; i++) {
    const modules = join(dir, 'node_modules');
    if (existsSync(join(modules, 'ajv', 'package.json'))) return join(modules, '.cache', 'groundwork');
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
  return undefined;
}

function readCache(file: string | undefined): Buffer | undefined {
  if (file === undefined) return undefined;
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Writes the cache atomically and drops unused caches of other builds; failures are ignored. */
function writeCache(dir: string, file: string, data: Buffer): void {
  try {
    mkdirSync(dir, { recursive: true });
    const temporary = `${file}.${String(process.pid)}.tmp`;
    writeFileSync(temporary, data);
    renameSync(temporary, file);
    // Caches of other builds go once unused for a day (not at once: two checkouts may share
    // node_modules, and each would then drop the other's cache on every run).
    const own = file.slice(dir.length + 1);
    const staleBefore = Date.now() - STALE_AFTER_MS;
    for (const name of readdirSync(dir)) {
      if (!name.startsWith(CACHE_PREFIX) || name === own) continue;
      const other = join(dir, name);
      if (statSync(other).atimeMs < staleBefore && statSync(other).mtimeMs < staleBefore) unlinkSync(other);
    }
  } catch {
    // A read-only install: every run compiles the script, as without a cache.
  }
}

interface LintBundle {
  readonly runLintCli: (argv: readonly string[]) => Promise<number>;
}

/** Runs `groundwork api lint ...` from the bundle at `bundleFile`; resolves to the exit code. */
export async function runLintBundle(bundleFile: string, argv: readonly string[]): Promise<number> {
  const source = readFileSync(bundleFile, 'utf8');
  const digest = /^\/\/gw-bundle:([0-9a-f]+)\n/.exec(source)?.[1];
  const dir = digest === undefined ? undefined : cacheDirFor(bundleFile);
  const cacheFile = dir === undefined || digest === undefined ? undefined : join(dir, `${CACHE_PREFIX}${digest}-${process.version}-${process.arch}.v8`);
  const cachedData = readCache(cacheFile);
  // The CommonJS wrapper, as Node's loader adds it (the script is a CommonJS module).
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: bundleFile, cachedData });
  const wrapper: unknown = script.runInThisContext();
  const module = { exports: {} as Partial<LintBundle> };
  if (typeof wrapper !== 'function') throw new Error(`${bundleFile} is not a CommonJS bundle`);
  Reflect.apply(wrapper, module.exports, [module.exports, createRequire(bundleFile), module, bundleFile, dirname(bundleFile)]);
  const { runLintCli } = module.exports;
  if (runLintCli === undefined) throw new Error(`${bundleFile} does not export runLintCli`);
  const code = await runLintCli(argv);
  if (dir !== undefined && cacheFile !== undefined && (cachedData === undefined || script.cachedDataRejected === true)) {
    writeCache(dir, cacheFile, script.createCachedData());
  }
  return code;
}
