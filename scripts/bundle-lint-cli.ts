/**
 * Bundles `groundwork api lint` (src/modules/apis/lint/lint.main.ts and everything it
 * imports, npm packages and every built-in ruleset included) into one CommonJS script,
 * dist/lint-cli/lint.main.cjs, which dist/main.js runs for `api lint` (ADR 0020) through
 * src/modules/apis/lint/lint-bundle-loader.ts with a V8 code cache. Run by
 * `npm run build:server` after tsc.
 *
 * One script rather than an ES module with chunks: `vm.Script` (which takes and makes V8
 * code caches on Node 20) runs scripts only, and code that is never called costs only a
 * pre-parse, which the code cache skips too.
 *
 * The first line carries a digest of the script (`//gw-bundle:<hex>`), so that a code cache
 * made for another build is never used: V8 itself only checks the source's length.
 *
 * Packages loaded with `createRequire` (Ajv, the OpenAPI schemas, cached validators) stay
 * outside the bundle and are loaded on demand, as before.
 */
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outfile = join(root, 'dist', 'lint-cli', 'lint.main.cjs');
/** Same length as the digest that replaces it, so that the source map stays right. */
const DIGEST_PLACEHOLDER = '0'.repeat(16);

rmSync(join(root, 'dist', 'lint-cli'), { recursive: true, force: true });

await build({
  absWorkingDir: root,
  entryPoints: ['src/modules/apis/lint/lint.main.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: true,
  sourcemap: true,
  legalComments: 'none',
  logLevel: 'warning',
  // `createRequire(import.meta.url)` and the cache directory look-up need the script's URL.
  // A script has no `import()` without a loader callback: built-ins come from `require`.
  supported: { 'dynamic-import': false },
  define: { 'import.meta.url': '__gwBundleUrl' },
  // "use strict" first, before the variable, so that the whole script stays in strict mode.
  banner: { js: `//gw-bundle:${DIGEST_PLACEHOLDER}\n"use strict";var __gwBundleUrl=require("node:url").pathToFileURL(__filename).href;` },
});

const text = readFileSync(outfile, 'utf8');
const digest = createHash('sha256').update(text).digest('hex').slice(0, DIGEST_PLACEHOLDER.length);
writeFileSync(outfile, text.replace(`//gw-bundle:${DIGEST_PLACEHOLDER}`, `//gw-bundle:${digest}`));
