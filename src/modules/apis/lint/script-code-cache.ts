/**
 * Runs a CommonJS script with a V8 code cache (ADR 0020, 0022): the bundled `api lint` and
 * the OpenAPI schema validators built beside it. Node 20 has no module compile cache, so the
 * script is compiled by `vm.Script`, which takes a cache and can make one. The cache is made
 * when the caller says so (`keep`), after the work: it then holds every function that ran, not
 * only the top level, and later runs neither parse nor compile them.
 *
 * Scripts name themselves on their first line (`//gw-bundle:<hex digest>`); a cache is named
 * by that digest, Node's version and the architecture (V8 itself only checks the source's
 * length, and rejects a cache made with other flags: it is then made again). Caches live in
 * node_modules/.cache/groundwork of the nearest node_modules holding Ajv (where the runtime
 * validator cache is too). Without a writable cache directory the script compiles as usual.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { readUtf8File } from '../../../platform/fs/read-utf8.js';

const STALE_AFTER_MS = 24 * 60 * 60 * 1000;
const DIGEST_LINE = /^\/\/gw-bundle:([0-9a-f]+)\n/;

/** node_modules/.cache/groundwork of the nearest node_modules holding Ajv, from `file` up. */
export function codeCacheDirFor(file: string): string | undefined {
  let dir = dirname(file);
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

/** Writes the cache atomically and drops this script's caches of other builds; failures are ignored. */
function writeCache(dir: string, file: string, prefix: string, data: Buffer): void {
  try {
    mkdirSync(dir, { recursive: true });
    const temporary = `${file}.${String(process.pid)}.tmp`;
    writeFileSync(temporary, data);
    renameSync(temporary, file);
    // Caches of other builds go once unused for a day (not at once: two checkouts may share
    // node_modules, and each would then drop the other's cache on every run).
    const own = basename(file);
    const staleBefore = Date.now() - STALE_AFTER_MS;
    for (const name of readdirSync(dir)) {
      if (!name.startsWith(prefix) || name === own) continue;
      const other = join(dir, name);
      if (statSync(other).atimeMs < staleBefore && statSync(other).mtimeMs < staleBefore) unlinkSync(other);
    }
  } catch {
    // A read-only install: every run compiles the script, as without a cache.
  }
}

export interface CachedScript {
  /** The script's `module.exports`. */
  readonly exports: unknown;
  /** Makes the code cache, if there was none or V8 rejected it; call once the work is done. */
  readonly keep: () => void;
}

/**
 * Runs the CommonJS script `file` (wrapped as Node's loader wraps modules, `require` relative
 * to it) with its code cache, named `<prefix><digest>-<node version>-<arch>.v8`.
 */
export function runCachedScript(file: string, prefix: string): CachedScript {
  const source = readUtf8File(file);
  const digest = DIGEST_LINE.exec(source)?.[1];
  const dir = digest === undefined ? undefined : codeCacheDirFor(file);
  const cacheFile = dir === undefined || digest === undefined ? undefined : join(dir, `${prefix}${digest}-${process.version}-${process.arch}.v8`);
  const cachedData = readCache(cacheFile);
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData });
  const wrapper: unknown = script.runInThisContext();
  if (typeof wrapper !== 'function') throw new Error(`${file} is not a CommonJS script`);
  const module = { exports: {} as unknown };
  Reflect.apply(wrapper, module.exports, [module.exports, createRequire(file), module, file, dirname(file)]);
  let kept = false;
  const keep = (): void => {
    if (kept) return;
    kept = true;
    if (dir !== undefined && cacheFile !== undefined && (cachedData === undefined || script.cachedDataRejected === true)) {
      writeCache(dir, cacheFile, prefix, script.createCachedData());
    }
  };
  return { exports: module.exports, keep };
}

const deferred: (() => void)[] = [];

/** Keeps a script's code cache when `keepDeferredCodeCaches` runs (at the end of a CLI run). */
export function keepLater(keep: () => void): void {
  deferred.push(keep);
}

export function keepDeferredCodeCaches(): void {
  for (const keep of deferred.splice(0)) keep();
}
