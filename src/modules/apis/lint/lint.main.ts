/**
 * The `groundwork api lint` fast path. `npm run build:server` bundles this file and what it
 * imports into ONE script, dist/lint-cli/lint.main.cjs (scripts/bundle-lint-cli.ts, ADR 0020), which
 * src/main.ts imports for `api lint` instead of the general CLI: whole-process time is what
 * users measure, and Node's ESM loader costs more for ~150 small files than the lint of a
 * medium document. Parsing and behaviour are those of the general CLI (same command
 * definition, same exit codes); other commands never reach this file.
 */
import { Command, CommanderError } from 'commander';
import { CliError } from '../../../cli/cli-error.js';
import { registerLintCommand } from './lint.cli.js';
import { keepDeferredCodeCaches } from './script-code-cache.js';

/** Runs `groundwork api lint ...` from `argv` and resolves to the exit code; never throws. */
export async function runLintCli(argv: readonly string[]): Promise<number> {
  const program = new Command('groundwork').version('0.1.0').showHelpAfterError().exitOverride();
  program.enablePositionalOptions();
  registerLintCommand(program.command('api').description('API governance: lint and diff OpenAPI documents, push versions to the registry'));
  try {
    await program.parseAsync([...argv]);
    keepDeferredCodeCaches();
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    // The same reporting as cli/program.ts for the errors `api lint` can raise.
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof CliError) {
      process.stderr.write(`groundwork: ${error.message}\n`);
      return error.exitCode;
    }
    process.stderr.write(`groundwork: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}
