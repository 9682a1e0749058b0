/** Human-readable `adr lint` output. */
import type { LintReport } from './adr-actions.js';

export function formatLintReport(report: LintReport): string {
  if (report.findings.length === 0) return `${report.directory}: ${report.records} records, no problems\n`;
  const lines = report.findings.map((f) => `${f.file === undefined ? report.directory : `${report.directory}/${f.file}`}: ${f.message} [${f.rule}]`);
  const count = report.findings.length;
  lines.push(`${count} problem${count === 1 ? '' : 's'} in ${report.records} records`);
  return `${lines.join('\n')}\n`;
}
