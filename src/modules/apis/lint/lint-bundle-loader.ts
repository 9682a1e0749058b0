/**
 * Runs the bundled `api lint` script (dist/lint-cli/lint.main.cjs, scripts/bundle-lint-cli.ts)
 * with a V8 code cache (ADR 0020, script-code-cache.ts). The cache is made after the first
 * run, so it holds every function that run compiled.
 */
import { setFlagsFromString } from 'node:v8';
import { runCachedScript } from './script-code-cache.js';

/** Code caches of the bundle are named `lint-cli-<digest>-<node>-<arch>.v8`. */
export const BUNDLE_CACHE_PREFIX = 'lint-cli-';

interface LintBundle {
  readonly runLintCli: (argv: readonly string[]) => Promise<number>;
}

function isLintBundle(value: unknown): value is LintBundle {
  return typeof value === 'object' && value !== null && typeof Reflect.get(value, 'runLintCli') === 'function';
}

/**
 * The young generation keeps its initial size (ADR 0022). V8 doubles it while much survives,
 * as while a large document is parsed, up to 16 MB per semi-space; a lint then allocates its
 * way through fresh pages, and a first touch of a page costs more than a small scavenge (on
 * the benchmark machine ~11 µs per page, a third of a 2 MB document's lint). Measured on
 * twilio (1.9 MB), 30 interleaved runs: 15 % fewer page faults, ~7 % less CPU and wall time.
 * Set before the bundle loads: V8 keys its code cache by the flags in force.
 */
function tuneHeapForOneShortLint(): void {
  setFlagsFromString('--semi-space-growth-factor=1');
}

/** Runs `groundwork api lint ...` from the bundle at `bundleFile`; resolves to the exit code. */
export async function runLintBundle(bundleFile: string, argv: readonly string[]): Promise<number> {
  tuneHeapForOneShortLint();
  const { exports, keep } = runCachedScript(bundleFile, BUNDLE_CACHE_PREFIX);
  if (!isLintBundle(exports)) throw new Error(`${bundleFile} does not export runLintCli`);
  const code = await exports.runLintCli(argv);
  keep();
  return code;
}
