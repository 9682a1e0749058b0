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
 * V8 tuned for one short, allocation-heavy pass (ADR 0022). Set before the bundle loads: V8
 * keys its code cache by the flags in force. Measured with 12-30 interleaved runs each:
 * - The young generation keeps its initial size. V8 doubles it while much survives, as while a
 *   large document is parsed, up to 16 MB per semi-space; a lint then allocates its way through
 *   fresh pages, and a first touch of a page costs more than a small scavenge (~11 us per page
 *   on the benchmark machine, a third of a 2 MB document's lint). twilio (1.9 MB): 15 % fewer
 *   page faults, ~7 % less CPU and wall time; kubernetes (4.1 MB) and openai: ~8-9 % less wall.
 * - Functions are optimised (TurboFan) after 4x the default amount of work: in a run of under
 *   a second, optimising lukewarm functions costs more than it saves. kubernetes: ~7 % less
 *   wall, ~15 % less CPU; twilio: the same wall, ~4 % less CPU.
 */
function tuneV8ForOneShortLint(): void {
  setFlagsFromString('--semi-space-growth-factor=1');
  setFlagsFromString('--interrupt-budget=270336');
}

/** Runs `groundwork api lint ...` from the bundle at `bundleFile`; resolves to the exit code. */
export async function runLintBundle(bundleFile: string, argv: readonly string[]): Promise<number> {
  tuneV8ForOneShortLint();
  const { exports, keep } = runCachedScript(bundleFile, BUNDLE_CACHE_PREFIX);
  if (!isLintBundle(exports)) throw new Error(`${bundleFile} does not export runLintCli`);
  const code = await exports.runLintCli(argv);
  keep();
  return code;
}
