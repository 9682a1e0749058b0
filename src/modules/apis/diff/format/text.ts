import { occurrencesNote, type Change, type DiffResult, type Level, type Location } from '../change.js';

export interface Paint {
  readonly red: (s: string) => string;
  readonly yellow: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly bold: (s: string) => string;
}

export const NO_PAINT: Paint = { red: (s) => s, yellow: (s) => s, dim: (s) => s, bold: (s) => s };

const TAG: Readonly<Record<Level, string>> = { breaking: 'breaking', warning: 'warning ', info: 'info    ' };

function where(location: Location | undefined): string {
  if (!location) return '-';
  return location.line !== undefined ? `line ${location.line}` : location.pointer;
}

/** Human output: one line per change, then the component groups and a count. Pure. */
export function formatText(result: DiffResult, changes: readonly Change[], paint: Paint = NO_PAINT): string {
  const lines: string[] = [];
  for (const change of changes) {
    const tag = change.level === 'breaking' ? paint.red(TAG.breaking) : change.level === 'warning' ? paint.yellow(TAG.warning) : paint.dim(TAG.info);
    const operation = change.operation ? `${paint.bold(`${change.operation.method} ${change.operation.path}`)}  ` : '';
    lines.push(`${tag}  ${operation}${change.message}${occurrencesNote(change)}  ${paint.dim(`${change.id}  base: ${where(change.base)}  head: ${where(change.head)}`)}`);
  }
  const groups = result.summary.components.filter((g) => changes.some((c) => c.id === g.id));
  if (groups.length > 0) {
    lines.push('', 'Changes in shared components (each listed above once per operation):');
    for (const group of groups) lines.push(`  ${group.component}: ${group.id} affects ${group.operations.length} operations`);
  }
  const { breaking, warning, info } = result.summary;
  if (lines.length > 0) lines.push('');
  lines.push(`${breaking} breaking, ${warning} warning, ${info} info${changes.length < result.changes.length ? ' (info hidden; --include-info shows it)' : ''}`);
  return `${lines.join('\n')}\n`;
}
