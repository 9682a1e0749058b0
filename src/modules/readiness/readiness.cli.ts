/**
 * `groundwork readiness check SERVICE` (a CI gate: exit 1 below --min-level) and
 * `groundwork readiness report`, talking to a server (`--server`/`--token` or
 * GROUNDWORK_SERVER/GROUNDWORK_TOKEN).
 */
import type { Command } from 'commander';
import { CliError } from '../../cli/cli-error.js';
import { addServerOptions, apiClient, type ServerFlags } from '../../cli/api-client.js';
import { printJson } from '../../cli/output.js';
import type { ServiceReadiness } from './readiness.service.js';
import type { ReadinessReport } from './report.js';
import { formatReport, REPORT_FORMATS, type ReportFormat } from './report-format.js';

interface CheckFlags extends ServerFlags {
  scorecard: string;
  minLevel?: string;
  json?: boolean;
}

interface ReportFlags extends ServerFlags {
  scorecard: string;
  team?: string;
  format: string;
}

function isReportFormat(value: string): value is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(value);
}

async function check(service: string, flags: CheckFlags): Promise<void> {
  const client = apiClient(flags);
  const readiness = await client.request<ServiceReadiness>('GET', `/api/v1/services/${encodeURIComponent(service)}/readiness`, {
    // The text gate needs levels and what to fix next only; --json prints every check too.
    query: { scorecard: flags.scorecard, view: flags.json === true ? 'full' : 'summary' },
  });
  const result = readiness.scorecards[0];
  if (!result) throw new CliError(`scorecard "${flags.scorecard}" does not apply to ${service} (its filter excludes the service)`);
  let below = false;
  if (flags.minLevel !== undefined) {
    const required = result.levels.indexOf(flags.minLevel);
    if (required === -1) throw new CliError(`unknown level "${flags.minLevel}"; ${result.scorecard} has ${result.levels.join(', ')}`);
    below = (result.level === null ? -1 : result.levels.indexOf(result.level)) < required;
  }
  if (flags.json === true) {
    printJson({ service: readiness.service, team: readiness.team, ...result, requiredLevel: flags.minLevel ?? null, belowRequiredLevel: below });
  } else {
    const out = process.stdout;
    out.write(`${service}: ${result.level ?? 'no level'} on ${result.title} (${result.passed}/${result.total} checks, score ${Math.round(result.score * 100)}%)\n`);
    const steps = result.nextSteps.filter((step) => step.blocksNextLevel);
    if (steps.length > 0) out.write(`to reach ${result.nextLevel ?? 'the next level'}:\n`);
    for (const step of steps) out.write(`  [${step.level}] ${step.check}: ${step.reason}${step.hint === null ? '' : `\n      fix: ${step.hint}${step.link ? ` (${step.link})` : ''}`}\n`);
  }
  if (below) throw new CliError(`${service} is at ${result.level ?? 'no level'} on ${result.scorecard}, below the required ${flags.minLevel ?? ''}`, 1);
}

async function report(flags: ReportFlags): Promise<void> {
  if (!isReportFormat(flags.format)) throw new CliError(`unknown format "${flags.format}"; one of ${REPORT_FORMATS.join(', ')}`);
  const client = apiClient(flags);
  const body = await client.request<ReadinessReport>('GET', '/api/v1/readiness/report', { query: { scorecard: flags.scorecard, team: flags.team } });
  process.stdout.write(formatReport(body, flags.format));
}

export function registerReadinessCommands(program: Command): void {
  const readiness = program.command('readiness').description('Operational readiness: scorecards, levels and CI gates');
  addServerOptions(
    readiness
      .command('check <service>')
      .description("Show a service's readiness level; with --min-level exit 1 when it is below (a CI gate)")
      .option('--scorecard <name>', 'scorecard', 'production-readiness')
      .option('--min-level <level>', 'required level, e.g. Silver')
      .option('--json', 'print the result as JSON'),
  ).action(async (service: string, flags: CheckFlags) => {
    await check(service, flags);
  });
  addServerOptions(
    readiness
      .command('report')
      .description('Services × checks of a scorecard with levels, failing checks and team rollups')
      .option('--scorecard <name>', 'scorecard', 'production-readiness')
      .option('--team <team>', 'only services of this team')
      .option('--format <format>', `output: ${REPORT_FORMATS.join(', ')}`, 'table'),
  ).action(async (flags: ReportFlags) => {
    await report(flags);
  });
}
