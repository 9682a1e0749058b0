/**
 * Bundles `groundwork api lint` (src/modules/apis/lint/lint.main.ts and everything it
 * imports, npm packages included) into one ES module, dist/lint-cli/lint.main.js, which
 * dist/main.js imports for `api lint` (ADR 0020). Run by `npm run build:server` after tsc.
 * What only some runs need (code behind an `import()`, e.g. a built-in ruleset) becomes a
 * chunk beside it, loaded when needed.
 *
 * Packages loaded with `createRequire` (Ajv, the OpenAPI schemas, cached validators) stay
 * outside the bundle and are loaded on demand, as before.
 */
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

// Chunk names are content hashes: start empty so that stale chunks do not pile up.
rmSync(join(root, 'dist', 'lint-cli'), { recursive: true, force: true });

await build({
  absWorkingDir: root,
  entryPoints: ['src/modules/apis/lint/lint.main.ts'],
  outdir: 'dist/lint-cli',
  entryNames: '[name]',
  chunkNames: 'chunk-[hash]',
  splitting: true,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  minify: true,
  sourcemap: true,
  legalComments: 'none',
  logLevel: 'warning',
  // Bundled CommonJS packages call `require` for Node built-ins; give the ES module one.
  banner: { js: "import { createRequire as __gwCreateRequire } from 'node:module'; const require = __gwCreateRequire(import.meta.url);" },
});
