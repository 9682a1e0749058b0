/**
 * `groundwork api diff BASE HEAD` and `groundwork api changelog BASE HEAD`. BASE and HEAD
 * are files or `git:REV:path`. The engine is imported only when one of these runs.
 */
import type { Command } from 'commander';
import { CliError } from '../../../cli/cli-error.js';

interface DiffFlags {
  format: string;
  failOn: string;
  includeInfo: boolean;
}

export function registerDiffCommands(api: Command): void {
  api
    .command('diff')
    .description('Compare two versions of an OpenAPI document and report breaking changes')
    .argument('<base>', 'the previous version: a file or git:REV:path')
    .argument('<head>', 'the new version: a file or git:REV:path')
    .option('--format <format>', 'text, json, markdown or sarif', 'text')
    .option('--fail-on <level>', 'exit 1 when a change at or above this level is found: breaking or warning', 'breaking')
    .option('--include-info', 'also list informational changes', false)
    .action(async (base: string, head: string, flags: DiffFlags) => {
      const { runDiff, parseFormat, parseLevel } = await import('./run-diff.js');
      const format = parseFormat(flags.format);
      const failOn = parseLevel(flags.failOn);
      const { output, failing } = runDiff(base, head, { format, failOn, includeInfo: flags.includeInfo, color: process.stdout.isTTY && format === 'text' });
      process.stdout.write(output);
      if (failing > 0) throw new CliError(`${failing} change${failing === 1 ? '' : 's'} at or above '${failOn}' (--fail-on ${failOn})`, 1);
    });

  api
    .command('changelog')
    .description('Write a Markdown changelog (grouped by operation, breaking first) between two versions')
    .argument('<base>', 'the previous version: a file or git:REV:path')
    .argument('<head>', 'the new version: a file or git:REV:path')
    .action(async (base: string, head: string) => {
      const { runChangelog } = await import('./run-diff.js');
      process.stdout.write(runChangelog(base, head));
    });
}
