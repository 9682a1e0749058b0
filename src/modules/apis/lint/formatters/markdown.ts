import { relative } from 'node:path';
import { severityName } from '../engine/severity.js';
import type { Formatter } from './formatter.js';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** A Markdown table (for pull-request comments and job summaries). */
export const markdown: Formatter = (findings, { cwd }) => {
  if (findings.length === 0) return 'No findings.\n';
  const rows = findings.map((finding) =>
    [
      finding.code,
      finding.path.join('.'),
      finding.message,
      severityName(finding.severity),
      `${String(finding.range.start.line + 1)}:${String(finding.range.start.character + 1)}`,
      `${String(finding.range.end.line + 1)}:${String(finding.range.end.character + 1)}`,
      relative(cwd, finding.source) || finding.source,
    ]
      .map((value) => cell(value))
      .join(' | '),
  );
  return ['| Code | Path | Message | Severity | Start | End | Source |', '| --- | --- | --- | --- | --- | --- | --- |', ...rows.map((row) => `| ${row} |`)].join('\n') + '\n';
};
