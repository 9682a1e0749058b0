/**
 * The `groundwork` CLI entry (bin). Each top-level command lives in its module and is
 * imported only when invoked (see cli/commands.ts), so `groundwork api lint` never loads
 * the server or the database drivers: whole-process time is what users measure.
 */
import { existsSync } from 'node:fs';

/**
 * `api lint` runs from one bundled module, dist/lint-cli/lint.main.js (ADR 0020), when the build made
 * it: loading one file instead of ~150 halves its start-up. From src (tsx) there is no bundle.
 */
async function runBundledLint(argv: readonly string[]): Promise<number | undefined> {
  if (argv[2] !== 'api' || argv[3] !== 'lint') return undefined;
  const bundle = new URL('./lint-cli/lint.main.js', import.meta.url);
  if (!existsSync(bundle)) return undefined;
  const module = (await import(bundle.href)) as { runLintCli: (args: readonly string[]) => Promise<number> };
  return module.runLintCli(argv);
}

async function runGeneralCli(): Promise<number> {
  // Imported here, not at the top, so that the bundled lint path never loads it.
  const { runCli } = await import('./cli/program.js');
  return runCli();
}

const code = (await runBundledLint(process.argv)) ?? (await runGeneralCli());
// A server keeps running; short commands exit with their code once output is flushed.
if (code !== 0 || process.argv[2] !== 'serve') process.exitCode = code;
