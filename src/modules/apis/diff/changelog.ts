import { levelRank, occurrencesNote, type Change, type DiffResult, type Level } from './change.js';

export interface ChangelogOptions {
  /** API title, e.g. from `info.title`. */
  readonly title?: string;
  /** Version labels of the two documents (`info.version`), shown in the heading. */
  readonly from?: string;
  readonly to?: string;
}

const LABEL: Readonly<Record<Level, string>> = { breaking: '**Breaking:**', warning: '**Warning:**', info: '' };

/**
 * A Markdown changelog for release notes and migration guides: grouped by operation,
 * operations with breaking changes first, and within an operation breaking before
 * warnings before informational lines. Each line ends with the check id so a reader can
 * look up what it means. Pure.
 */
export function renderChangelog(result: DiffResult, options: ChangelogOptions = {}): string {
  const out: string[] = [];
  const versions = options.from !== undefined && options.to !== undefined ? ` ${options.from} → ${options.to}` : '';
  out.push(`# Changelog${options.title !== undefined ? `: ${options.title}` : ''}${versions}`, '');
  const { breaking, warning, info } = result.summary;
  if (result.changes.length === 0) {
    out.push('No changes to the API contract.', '');
    return out.join('\n');
  }
  out.push(`${plural(breaking, 'breaking change')}, ${plural(warning, 'warning')}, ${plural(info, 'other change')}.`, '');

  const groups = new Map<string, Change[]>();
  for (const change of result.changes) {
    const key = change.operation ? `\`${change.operation.method} ${change.operation.path}\`` : 'Whole API';
    const list = groups.get(key) ?? [];
    list.push(change);
    groups.set(key, list);
  }
  // The worst level of each operation, computed once (not in the comparator, not by spreading
  // thousands of arguments into Math.max).
  const worst = new Map<string, number>();
  for (const [title, changes] of groups) worst.set(title, changes.reduce((max, c) => Math.max(max, levelRank(c.level)), 0));
  const ordered = [...groups].sort((a, b) => (worst.get(b[0]) ?? 0) - (worst.get(a[0]) ?? 0));

  let section: number | undefined;
  for (const [title, changes] of ordered) {
    const rank = worst.get(title) ?? 0;
    if (rank !== section) {
      section = rank;
      out.push(rank === 2 ? '## Breaking changes' : rank === 1 ? '## Changes that may affect clients' : '## Other changes', '');
    }
    out.push(`### ${title}`, '');
    const sorted = [...changes].sort((a, b) => levelRank(b.level) - levelRank(a.level));
    for (const change of sorted) {
      const label = LABEL[change.level];
      out.push(`- ${label ? `${label} ` : ''}${escapeLine(change.message)}${occurrencesNote(change)} (\`${change.id}\`)`);
    }
    out.push('');
  }

  const shared = result.summary.components;
  if (shared.length > 0) {
    out.push('## Changes in shared components', '');
    for (const group of shared) {
      out.push(`- \`${group.component}\`: ${escapeLine(group.message)} — affects ${group.operations.length} operations (\`${group.id}\`)`);
    }
    out.push('');
  }
  return out.join('\n');
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** Messages are single lines; keep Markdown structure characters at line start harmless. */
function escapeLine(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/^#/, '\\#');
}
