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
 * The validators of the official OpenAPI schemas (`oas2-schema`, `oas3-schema`) are compiled
 * here too, each into dist/lint-cli/validators/<name>.cjs with what it requires (ADR 0022):
 * no lint compiles them at run time, and they run with a code cache of their own. Each comes
 * twice: with all errors (as reported), and validity-only (`<name>.validity.cjs`, run first).
 *
 * bin/groundwork.js (CommonJS) starts the bundle through dist/lint-cli/start.cjs, the loader
 * (src/modules/apis/lint/lint-bundle-loader.ts) bundled alone: a lint never starts Node's ES
 * module loader.
 *
 * The first line of each script carries a digest of it (`//gw-bundle:<hex>`), so that a code
 * cache made for another build is never used: V8 itself only checks the source's length.
 *
 * GW_BUNDLE_NAMES=1 keeps function names (for profiles).
 */
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCHEMA_NAMES, standaloneValidatorCode } from '../src/modules/apis/lint/rulesets/spectral-oas/functions/oas-document-schema.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'dist', 'lint-cli');
/** Same length as the digest that replaces it, so that the source map stays right. */
const DIGEST_PLACEHOLDER = '0'.repeat(16);
const DIGEST_LINE = `//gw-bundle:${DIGEST_PLACEHOLDER}\n`;
const minify = { minifyWhitespace: true, minifySyntax: true, minifyIdentifiers: process.env['GW_BUNDLE_NAMES'] === undefined };
/** What every script here is: one minified CommonJS file for Node 20, dependencies included. */
const commonJsScript = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  ...minify,
  legalComments: 'none',
  logLevel: 'warning',
} satisfies BuildOptions;

function stampDigest(file: string): void {
  const text = readFileSync(file, 'utf8');
  const digest = createHash('sha256').update(text).digest('hex').slice(0, DIGEST_PLACEHOLDER.length);
  writeFileSync(file, text.replace(DIGEST_LINE, `//gw-bundle:${digest}\n`));
}

/**
 * commander requires node:child_process when it loads (for executable subcommands, which
 * `api lint` has none of); loading it costs a lint ~5 ms (net, dgram...). In the bundle it is
 * loaded on first use instead.
 */
const lazyChildProcess: Plugin = {
  name: 'lazy-child-process',
  setup(builder) {
    builder.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.namespace === 'lazy' ? { path: 'node:child_process', external: true } : { path: 'child_process', namespace: 'lazy' },
    );
    builder.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents: 'let m;module.exports=new Proxy({},{get:(_t,k)=>(m??=require("node:child_process"))[k]});',
      loader: 'js',
    }));
  },
};

/**
 * The validators' generated code requires ajv-formats' formats; they get Groundwork's, which
 * answer `uri` and `uri-reference` without compiling their 1,000-character regular
 * expressions when they can (src/modules/apis/lint/spectral/formats.ts, exact).
 */
const quickFormats: Plugin = {
  name: 'quick-formats',
  setup(builder) {
    builder.onResolve({ filter: /^ajv-formats\/dist\/formats$/ }, () => ({ path: join(root, 'src', 'modules', 'apis', 'lint', 'spectral', 'formats.ts') }));
  },
};

/** Their deep equality (Ajv's runtime/equal) is fast-deep-equal's answer without allocating (spectral/json-equal.ts). */
const allocationFreeEqual: Plugin = {
  name: 'allocation-free-equal',
  setup(builder) {
    builder.onResolve({ filter: /^fast-deep-equal$/ }, () => ({ path: 'fast-deep-equal', namespace: 'json-equal' }));
    builder.onLoad({ filter: /.*/, namespace: 'json-equal' }, () => ({
      contents: `module.exports = require(${JSON.stringify(join(root, 'src', 'modules', 'apis', 'lint', 'spectral', 'json-equal.ts'))}).jsonEqual;`,
      resolveDir: root,
      loader: 'js',
    }));
  },
};

/** cfworker's pointer encoding answers plain keys at once (src/modules/apis/lint/spectral/pointer-encoding.ts, same answers). */
const quickPointerEncoding: Plugin = {
  name: 'quick-pointer-encoding',
  setup(builder) {
    builder.onResolve({ filter: /^\.\/pointer\.js$/ }, (args) =>
      args.importer.includes(join('@cfworker', 'json-schema')) ? { path: join(root, 'src', 'modules', 'apis', 'lint', 'spectral', 'pointer-encoding.ts') } : undefined,
    );
  },
};

rmSync(outDir, { recursive: true, force: true });

await build({
  ...commonJsScript,
  entryPoints: ['src/modules/apis/lint/lint.main.ts'],
  outfile: join(outDir, 'lint.main.cjs'),
  sourcemap: true,
  // `createRequire(import.meta.url)` and the cache directory look-up need the script's URL.
  // A script has no `import()` without a loader callback: built-ins come from `require`.
  supported: { 'dynamic-import': false },
  define: { 'import.meta.url': '__gwBundleUrl' },
  plugins: [lazyChildProcess, quickPointerEncoding],
  // "use strict" first, before the variable, so that the whole script stays in strict mode.
  banner: { js: `${DIGEST_LINE}"use strict";var __gwBundleUrl=require("node:url").pathToFileURL(__filename).href;` },
});
stampDigest(join(outDir, 'lint.main.cjs'));

await build({ ...commonJsScript, entryPoints: ['src/modules/apis/lint/lint-bundle-loader.ts'], outfile: join(outDir, 'start.cjs') });

const validatorsDir = join(outDir, 'validators');
mkdirSync(validatorsDir, { recursive: true });
for (const [name, kind] of SCHEMA_NAMES.flatMap((schema) => [[schema, 'full'] as const, [schema, 'validity'] as const])) {
  const outfile = join(validatorsDir, `${name}${kind === 'full' ? '' : '.validity'}.cjs`);
  await build({
    ...commonJsScript,
    stdin: { contents: standaloneValidatorCode(name, kind), resolveDir: root, sourcefile: `${name}.${kind}.standalone.cjs`, loader: 'js' },
    outfile,
    plugins: [quickFormats, allocationFreeEqual],
    banner: { js: DIGEST_LINE },
  });
  stampDigest(outfile);
}
