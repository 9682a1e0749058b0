import { createRequire } from 'node:module';
import { severityName } from '../engine/severity.js';
import { printDotPath } from '../engine/print.js';
import type { Formatter } from './formatter.js';

const LABELS = ['error', 'warning', 'information', 'hint'];

type Colors = typeof import('picocolors');

/**
 * picocolors is loaded when a stylish report is made, not with the formatters: on load it
 * looks at `process.stdout`, whose stream costs every `api lint` a few milliseconds.
 */
let picocolors: Colors | undefined;
const colors = (): Colors => (picocolors ??= createRequire(import.meta.url)('picocolors') as Colors);

/** Spectral's default human format: per file, `line:col severity code message path` (1-based). */
export const stylish: Formatter = (findings, { color }) => {
  const paint = colors().createColors(color);
  const colours = [paint.red, paint.yellow, paint.blue, paint.gray];
  if (findings.length === 0) return `${paint.green('No results with a severity of "hint" or higher found!')}\n`;
  const bySource = new Map<string, typeof findings>();
  for (const finding of findings) bySource.set(finding.source, [...(bySource.get(finding.source) ?? []), finding]);
  const lines: string[] = [];
  for (const [source, list] of bySource) {
    lines.push(paint.underline(source));
    const rows = list.map((finding) => [
      `${String(finding.range.start.line + 1)}:${String(finding.range.start.character + 1)}`,
      LABELS[finding.severity] ?? severityName(finding.severity),
      finding.code,
      finding.message,
      printDotPath(finding.path),
    ]);
    const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
    rows.forEach((row, i) => {
      const severity = list[i]?.severity ?? 3;
      const paintSeverity = colours[severity] ?? paint.gray;
      const [where = '', label = '', code = '', message = '', path = ''] = row;
      lines.push(
        `  ${paint.dim(where.padEnd(widths[0] ?? 0))}  ${paintSeverity(label.padEnd(widths[1] ?? 0))}  ${paint.dim(code.padEnd(widths[2] ?? 0))}  ${message}  ${paint.dim(path)}`,
      );
    });
    lines.push('');
  }
  const count = (severity: number) => findings.filter((finding) => finding.severity === severity).length;
  const plural = (n: number, word: string) => `${String(n)} ${word}${n === 1 ? '' : 's'}`;
  const summary = `✖ ${plural(findings.length, 'problem')} (${plural(count(0), 'error')}, ${plural(count(1), 'warning')}, ${plural(count(2), 'info')}, ${plural(count(3), 'hint')})`;
  lines.push((count(0) > 0 ? paint.red : paint.yellow)(paint.bold(summary)));
  return `${lines.join('\n')}\n`;
};
