/** Renders a readiness report as a table, Markdown or CSV (JSON is the report itself). Pure. */
import type { ReadinessReport } from './report.js';

export const REPORT_FORMATS = ['table', 'json', 'markdown', 'csv'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

function percent(score: number): string {
  return `${Math.round(score * 100)}%`;
}

function rows(report: ReadinessReport): string[][] {
  return report.services.map((service) => [
    service.service,
    service.team ?? '-',
    service.level ?? 'none',
    percent(service.score),
    service.failing.map((failing) => failing.check).join(', '),
  ]);
}

const HEADERS = ['service', 'team', 'level', 'score', 'failing checks'];

function pad(cells: readonly string[], widths: readonly number[]): string {
  return cells.map((cell, index) => cell.padEnd(widths[index] ?? 0)).join('  ').trimEnd();
}

export function formatTableReport(report: ReadinessReport): string {
  const body = rows(report);
  const widths = HEADERS.map((header, index) => Math.max(header.length, ...body.map((row) => Math.min((row[index] ?? '').length, index === 4 ? 0 : 60))));
  const lines = [`${report.title} (${report.scorecard}): levels ${report.levels.join(' < ')}`, pad(HEADERS, widths), ...body.map((row) => pad(row, widths))];
  lines.push('', 'teams:');
  for (const team of report.teams) {
    const levels = Object.entries(team.levels).map(([level, count]) => `${level} ${count}`).join(', ');
    lines.push(`  ${team.team ?? '(no team)'}: ${team.services} services (${levels}), average score ${percent(team.averageScore)}`);
  }
  return `${lines.join('\n')}\n`;
}

function escapeMarkdown(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

export function formatMarkdownReport(report: ReadinessReport): string {
  const lines = [`# ${report.title}`, '', `Levels: ${report.levels.join(' < ')}`, '', `| ${HEADERS.join(' | ')} |`, `|${HEADERS.map(() => '---').join('|')}|`];
  for (const row of rows(report)) lines.push(`| ${row.map(escapeMarkdown).join(' | ')} |`);
  lines.push('', '## Failing checks', '');
  for (const service of report.services) {
    if (service.failing.length === 0) continue;
    lines.push(`### ${service.service}`, '');
    for (const failing of service.failing) lines.push(`- **${failing.check}**: ${escapeMarkdown(failing.reason)}`);
    lines.push('');
  }
  lines.push('## Teams', '', `| team | services | ${[...report.levels, 'none'].join(' | ')} | average score |`, `|---|---|${[...report.levels, 'none'].map(() => '---').join('|')}|---|`);
  for (const team of report.teams) {
    const counts = [...report.levels, 'none'].map((level) => String(team.levels[level] ?? 0));
    lines.push(`| ${team.team ?? '(no team)'} | ${team.services} | ${counts.join(' | ')} | ${percent(team.averageScore)} |`);
  }
  return `${lines.join('\n')}\n`;
}

function csvCell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One row per service: its level, score, then pass/fail per check (the matrix). */
export function formatCsvReport(report: ReadinessReport): string {
  const checks = report.checks.map((check) => check.check);
  const lines = [['service', 'team', 'level', 'score', ...checks].map(csvCell).join(',')];
  for (const service of report.services) {
    const cells = checks.map((check) => (service.cells[check] === undefined ? '' : service.cells[check] ? 'pass' : 'fail'));
    lines.push([service.service, service.team ?? '', service.level ?? '', service.score.toFixed(3), ...cells].map(csvCell).join(','));
  }
  return `${lines.join('\n')}\n`;
}

export function formatReport(report: ReadinessReport, format: ReportFormat): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
    case 'markdown':
      return formatMarkdownReport(report);
    case 'csv':
      return formatCsvReport(report);
    case 'table':
      return formatTableReport(report);
  }
}
