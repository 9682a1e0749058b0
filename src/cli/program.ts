import { Command, CommanderError } from 'commander';
import { CliError } from './cli-error.js';
import { commands } from './commands.js';
import { DomainError, ValidationError } from '../platform/errors.js';

async function buildProgram(argv: readonly string[]): Promise<Command> {
  const program = new Command('groundwork')
    .description('Groundwork: catalog, architecture, API governance and readiness for backend teams')
    .version('0.1.0')
    .showHelpAfterError()
    .exitOverride();
  const wanted = argv[2];
  const chosen = wanted !== undefined ? commands[wanted] : undefined;
  const entries = chosen ? [chosen] : Object.values(commands);
  for (const entry of entries) (await entry.load())(program);
  return program;
}

/** Runs the CLI and resolves to the process exit code; never throws. */
export async function runCli(argv: readonly string[] = process.argv): Promise<number> {
  try {
    const program = await buildProgram(argv);
    await program.parseAsync([...argv]);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    return reportFailure(error);
  }
}

function reportFailure(error: unknown): number {
  if (error instanceof CommanderError) {
    // Commander has already printed help or its own one-line message.
    return error.exitCode === 0 ? 0 : 2;
  }
  if (error instanceof CliError) {
    process.stderr.write(`groundwork: ${error.message}\n`);
    return error.exitCode;
  }
  if (error instanceof DomainError) {
    const fields = error instanceof ValidationError ? error.errors.map((e) => `${e.field} ${e.message}`).join('; ') : '';
    process.stderr.write(`groundwork: ${error.message}${fields === '' ? '' : ` (${fields})`}\n`);
    return 2;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`groundwork: ${message}\n`);
  return 2;
}
