/**
 * Runs the bundled `api lint` script (dist/lint-cli/lint.main.cjs, scripts/bundle-lint-cli.ts)
 * with a V8 code cache (ADR 0020, script-code-cache.ts). The cache is made after the first
 * run, so it holds every function that run compiled.
 */
import { runCachedScript } from './script-code-cache.js';

/** Code caches of the bundle are named `lint-cli-<digest>-<node>-<arch>.v8`. */
export const BUNDLE_CACHE_PREFIX = 'lint-cli-';

interface LintBundle {
  readonly runLintCli: (argv: readonly string[]) => Promise<number>;
}

function isLintBundle(value: unknown): value is LintBundle {
  return typeof value === 'object' && value !== null && typeof Reflect.get(value, 'runLintCli') === 'function';
}

/** Runs `groundwork api lint ...` from the bundle at `bundleFile`; resolves to the exit code. */
export async function runLintBundle(bundleFile: string, argv: readonly string[]): Promise<number> {
  const { exports, keep } = runCachedScript(bundleFile, BUNDLE_CACHE_PREFIX);
  if (!isLintBundle(exports)) throw new Error(`${bundleFile} does not export runLintCli`);
  const code = await exports.runLintCli(argv);
  keep();
  return code;
}
