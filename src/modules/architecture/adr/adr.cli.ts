/**
 * `groundwork adr ...`: a drop-in for adr-tools (same commands, options, files and
 * messages), plus MADR records, Mermaid graphs, lint and push. adr-tools' own error
 * messages go to stdout with exit 1, as adr-tools prints them, so scripts keep working.
 */
import { spawnSync } from 'node:child_process';
import type { Command } from 'commander';
import { CliError } from '../../../cli/cli-error.js';
import {
  adrGraph,
  adrInit,
  adrLink,
  adrLint,
  adrList,
  adrNew,
  adrToc,
  adrRecords,
  adrUpgradeRepository,
  type AdrContext,
} from './adr-actions.js';
import { AdrCompatError, AdrInputError } from './adr-errors.js';
import { nodeAdrFs } from './adr-fs.js';
import { formatLintReport } from './adr-lint-format.js';
import { addServerOptions, apiClient, type ServerFlags } from '../../../cli/api-client.js';
import { pushBodyOf } from './adr-push.js';
import type { PushResult } from '../architecture.schema.js';
import { basename } from 'node:path';

function processContext(): AdrContext {
  return {
    fs: nodeAdrFs(process.cwd()),
    env: process.env,
    write: (text) => process.stdout.write(text),
    runEditor: (command, file) => {
      // adr-tools runs `${VISUAL:-${EDITOR}} $file`: the variable split into words, no shell.
      const [program = '', ...args] = command.split(/[ \t\n]+/).filter((w) => w !== '');
      const result = spawnSync(program, [...args, file], { stdio: 'inherit' });
      if (result.error) throw new AdrInputError(`cannot run the editor "${command}": ${result.error.message}`);
      return result.status ?? 1;
    },
    today: () => {
      const now = new Date();
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
    },
  };
}

/** Runs one action, turning the tool's errors into the CLI's conventions. */
function run(action: (ctx: AdrContext) => void): void {
  try {
    action(processContext());
  } catch (error) {
    if (error instanceof AdrCompatError) {
      process.stdout.write(`${error.message}\n`);
      process.exitCode = 1;
      return;
    }
    if (error instanceof AdrInputError) throw new CliError(error.message, 2);
    throw error;
  }
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];
const commaList = (value: string): string[] =>
  value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');

export function registerAdrCommands(program: Command): void {
  const adr = program
    .command('adr')
    .description('Architecture decision records in the repository (a drop-in for adr-tools)');

  adr
    .command('init')
    .description('Initialise the ADR directory (default doc/adr) with its first record')
    .argument('[directory]', 'where records live; written to .adr-dir when given')
    .option('--template <name>', 'nygard (adr-tools, default) or madr (MADR 4)')
    .action((directory: string | undefined, options: { template?: string }) => {
      run((ctx) => {
        adrInit(ctx, directory, options.template);
      });
    });

  adr
    .command('new')
    .description('Create a new, numbered ADR and open it in $VISUAL or $EDITOR')
    .argument('[title...]', 'the title; words are joined with spaces')
    .option('-s <reference>', 'number or part of the file name of a record this one supersedes (repeatable)', collect, [])
    .option('-l <link>', '"TARGET:LINK:REVERSE-LINK" link to an existing record (repeatable)', collect, [])
    .option('--template <name>', 'nygard, madr (MADR 4) or a template file path (default: $ADR_TEMPLATE, DIR/templates/template.md, nygard)')
    .option('--status <status>', 'MADR status written to the front matter', 'accepted')
    .option('--decision-makers <names>', 'MADR: comma-separated decision makers', commaList)
    .option('--consulted <names>', 'MADR: comma-separated people consulted', commaList)
    .option('--informed <names>', 'MADR: comma-separated people informed', commaList)
    // adr-tools takes everything after the options as title words, even `-Bar-` after `--`.
    .allowUnknownOption()
    .action(
      (
        title: string[],
        options: {
          s: string[];
          l: string[];
          template?: string;
          status: string;
          decisionMakers?: string[];
          consulted?: string[];
          informed?: string[];
        },
      ) => {
        run((ctx) => {
          adrNew(ctx, {
            title,
            supersedes: options.s,
            links: options.l,
            template: options.template,
            status: options.status,
            decisionMakers: options.decisionMakers,
            consulted: options.consulted,
            informed: options.informed,
          });
        });
      },
    );

  adr
    .command('link')
    .description('Link two records: SOURCE gets "LINK TARGET", TARGET gets "REVERSE-LINK SOURCE"')
    .argument('<source>', 'number or part of the file name')
    .argument('<link>', 'e.g. Amends')
    .argument('<target>', 'number or part of the file name')
    .argument('<reverse-link>', 'e.g. "Amended by"')
    .action((source: string, link: string, target: string, reverse: string) => {
      run((ctx) => {
        adrLink(ctx, source, link, target, reverse);
      });
    });

  adr
    .command('list')
    .description('List the records')
    .action(() => {
      run(adrList);
    });

  const generate = adr.command('generate').description('Generate documentation about the records');
  generate
    .command('toc')
    .description('A Markdown table of contents')
    .option('-i <intro>', 'a Markdown file to put before the list')
    .option('-o <outro>', 'a Markdown file to put after the list')
    .option('-p <prefix>', 'prefix for each link')
    .action((options: { i?: string; o?: string; p?: string }) => {
      run((ctx) => {
        adrToc(ctx, { intro: options.i, outro: options.o, linkPrefix: options.p });
      });
    });
  generate
    .command('graph')
    .description('The relations between records (Graphviz dot, or Mermaid)')
    .option('-p <prefix>', 'prefix for each link')
    .option('-e <extension>', 'extension of the linked documents', '.html')
    .option('--format <format>', 'dot or mermaid', 'dot')
    .action((options: { p?: string; e: string; format: string }) => {
      const format = options.format;
      if (format !== 'dot' && format !== 'mermaid') throw new CliError(`--format must be dot or mermaid, not "${format}"`);
      run((ctx) => {
        adrGraph(ctx, { linkPrefix: options.p, linkExtension: options.e, format });
      });
    });

  adr
    .command('lint')
    .description('Check records: missing status, broken links, unmarked supersedes, numbering gaps and duplicates')
    .option('--json', 'print the findings as JSON')
    .action((options: { json?: boolean }) => {
      run((ctx) => {
        const report = adrLint(ctx);
        ctx.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : formatLintReport(report));
        if (report.findings.length > 0) process.exitCode = 1;
      });
    });

  addServerOptions(
    adr
      .command('push')
      .description("Send this repository's records to a Groundwork server (matched by number; updated only when changed)")
      .option('--service <name>', 'the service the records belong to (default: organisation-wide)')
      .option('--repository <name>', 'the repository name records are matched by (default: the git top-level folder name)')
      .option('--json', 'print the result as JSON'),
  ).action(async (options: ServerFlags & { service?: string; repository?: string; json?: boolean }) => {
    let body: ReturnType<typeof pushBodyOf> | undefined;
    run((ctx) => {
      body = pushBodyOf(adrRecords(ctx).records, options.service);
    });
    if (body === undefined) return;
    const repository = options.repository ?? repositoryName();
    const result = await apiClient(options).request<PushResult>('PUT', `/api/v1/adr-repositories/${encodeURIComponent(repository)}`, { body });
    process.stdout.write(
      options.json
        ? `${JSON.stringify(result, null, 2)}\n`
        : `${repository}: ${result.created.length} created, ${result.updated.length} updated, ${result.unchanged.length} unchanged\n`,
    );
  });

  adr
    .command('upgrade-repository')
    .description('Upgrade records to the current format (DD/MM/YYYY dates to ISO 8601)')
    .action(() => {
      run(adrUpgradeRepository);
    });
}

/** The git top-level folder's name, or the working directory's when not in a repository. */
function repositoryName(): string {
  const git = spawnSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8' });
  const top = git.status === 0 ? git.stdout.trim() : '';
  return basename(top === '' ? process.cwd() : top);
}
