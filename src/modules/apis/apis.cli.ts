/** `groundwork api ...`: lint and diff OpenAPI documents (offline) and push versions to a server. */
import type { Command } from 'commander';
import { registerLintCommand } from './lint/lint.cli.js';
import { registerDiffCommands } from './diff/diff.cli.js';

export function registerApiCommands(program: Command): void {
  const api = program.command('api').description('API governance: lint and diff OpenAPI documents');
  registerLintCommand(api);
  registerDiffCommands(api);
}
