/**
 * The `groundwork` CLI entry (bin). Each top-level command lives in its module and is
 * imported only when invoked (see cli/commands.ts), so `groundwork api lint` never loads
 * the server or the database drivers: whole-process time is what users measure.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * `api lint` runs from one bundled script, dist/lint-cli/lint.main.cjs (ADR 0020), when the build
 * made it: loading one file instead of ~150 halves its start-up, and its V8 code cache spares
 * compiling it. From src (tsx) there is no bundle.
 */
async function runBundledLint(argv: readonly string[]): Promise<number | undefined> {
  if (argv[2] !== 'api' || argv[3] !== 'lint') return undefined;
  const bundle = fileURLToPath(new URL('./lint-cli/lint.main.cjs', import.meta.url));
  if (!existsSync(bundle)) return undefined;
  const { runLintBundle } = await import('./modules/apis/lint/lint-bundle-loader.js');
  return runLintBundle(bundle, argv);
}

async function runGeneralCli(): Promise<number> {
  // Imported here, not at the top, so that the bundled lint path never loads it.
  const { runCli } = await import('./cli/program.js');
  return runCli();
}

const code = (await runBundledLint(process.argv)) ?? (await runGeneralCli());
// A server keeps running; short commands exit with their code once output is flushed.
if (code !== 0 || process.argv[2] !== 'serve') process.exitCode = code;
