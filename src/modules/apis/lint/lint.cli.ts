import type { Command } from 'commander';
import { CliError } from '../../../cli/cli-error.js';

const SEVERITIES = ['error', 'warn', 'info', 'hint'];

interface LintCliOptions {
  readonly ruleset?: string;
  readonly format: string;
  readonly failSeverity: string;
  readonly output?: string;
  readonly quiet?: boolean;
}

/** `groundwork api lint FILE...`: a drop-in for `spectral lint`, offline, exit 0/1/2. */
export function registerLintCommand(api: Command): void {
  api
    .command('lint')
    .description('Lint OpenAPI 2.0/3.x documents with a Spectral ruleset or the Groundwork API guidelines')
    .argument('<files...>', 'OpenAPI documents (JSON or YAML)')
    .option('-r, --ruleset <ruleset>', 'ruleset file, spectral:oas or groundwork:guidelines (default: ./.spectral.yaml, else groundwork:guidelines)')
    .option('-f, --format <format>', 'stylish, json, sarif, junit, github or markdown', 'stylish')
    .option('-F, --fail-severity <severity>', 'exit 1 when a finding is at least this severe: error, warn, info or hint', 'error')
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('-q, --quiet', 'print only the report (no summary line on stderr)')
    .action(async (files: string[], options: LintCliOptions) => {
      process.exitCode = await runLint(files, options);
    });
}

async function runLint(files: readonly string[], options: LintCliOptions): Promise<number> {
  // Loaded here so that `groundwork --help` and other commands stay light.
  const { writeFileSync } = await import('node:fs');
  const { loadDocument } = await import('../document/index.js');
  const lint = await import('./index.js');
  if (!lint.isFormatName(options.format)) throw new CliError(`unknown format "${options.format}" (use ${lint.FORMATS.join(', ')})`);
  const failSeverity = SEVERITIES.indexOf(options.failSeverity);
  if (failSeverity === -1) throw new CliError(`unknown fail severity "${options.failSeverity}" (use ${SEVERITIES.join(', ')})`);
  const rulesetName = options.ruleset ?? lint.findRulesetFile(process.cwd()) ?? 'groundwork:guidelines';
  let ruleset;
  try {
    ruleset = await lint.loadRuleset(rulesetName);
  } catch (error) {
    throw new CliError(`ruleset ${rulesetName}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const findings = [];
  for (const file of files) {
    const loaded = loadDocument(file);
    if (!loaded.ok) throw new CliError(loaded.message);
    findings.push(...lint.lintDocument(loaded.document, ruleset));
  }
  const { stdoutIsTerminal, writeStdout } = await import('../../../cli/stdout.js');
  const color = options.output === undefined && options.format === 'stylish' && stdoutIsTerminal();
  const report = lint.formatters[options.format](findings, { rules: lint.ruleInfos(ruleset), cwd: process.cwd(), color });
  if (options.output === undefined) writeStdout(report);
  else writeFileSync(options.output, report);
  const failing = findings.filter((finding) => finding.severity <= failSeverity).length;
  if (!options.quiet && failing > 0) {
    process.stderr.write(`groundwork: ${String(failing)} finding(s) at or above "${SEVERITIES[failSeverity] ?? ''}"\n`);
  }
  return failing > 0 ? 1 : 0;
}
