/** `groundwork api ...`: lint and diff OpenAPI documents (offline) and push versions to a server. */
import type { Command } from 'commander';
import { addServerOptions } from '../../cli/api-client.js';
import { registerLintCommand } from './lint/lint.cli.js';
import { registerDiffCommands } from './diff/diff.cli.js';
import type { PushFlags } from './apis.push.js';
import type { ReanalyseFlags } from './apis.reanalyse.js';

export function registerApiCommands(program: Command): void {
  // `api push --version V` (the contract's flag) must reach the subcommand, not the
  // program's own `--version`: program options are then read only before the subcommand.
  program.enablePositionalOptions();
  const api = program.command('api').description('API governance: lint and diff OpenAPI documents, push versions to the registry');
  registerLintCommand(api);
  registerDiffCommands(api);
  addServerOptions(
    api
      .command('push')
      .description('Upload a version of an API to the registry (stored, linted, diffed, checked against the release policy); exit 1 when the policy refuses it')
      .argument('<file>', 'the OpenAPI document (YAML or JSON)')
      .requiredOption('--api <name>', 'the catalog API')
      .requiredOption('--version <version>', 'the version label, e.g. 2.1.0')
      .option('--git-ref <ref>', 'the commit the document comes from')
      .option('--force', 'store it even if the release policy refuses it (needs --reason)')
      .option('--reason <text>', 'why the release policy is overridden (audited)')
      .option('--json', 'print the stored version (or the refusal) as JSON'),
  ).action(async (file: string, flags: PushFlags) => {
    const { pushVersion } = await import('./apis.push.js');
    await pushVersion(file, flags);
  });
  addServerOptions(
    api
      .command('reanalyse')
      .description("Lint and diff the registry's stored versions again with the server's engines (after an upgrade); admin token")
      .option('--api <name...>', 'only these APIs (default: every API with a stored version)')
      .option('--json', 'print the results as JSON'),
  ).action(async (flags: ReanalyseFlags) => {
    const { reanalyse } = await import('./apis.reanalyse.js');
    await reanalyse(flags);
  });
}
