/**
 * MADR 4 records: rendering a new one and the two edits `adr new -s/-l` and `adr link`
 * make to them. Relations go into the "More Information" section, where MADR says links
 * to other decisions belong, one `LABEL [N. TITLE](FILE)` line each — the same line shape
 * adr-tools writes into a Status section, so one parser reads both formats.
 */
import { stringify } from 'yaml';
import { renderTemplate } from './adr-template-render.js';
import { splitLines } from './adr-status-section.js';

export interface MadrFields {
  readonly number: number;
  readonly title: string;
  readonly date: string;
  readonly status: string;
  readonly decisionMakers: readonly string[];
  readonly consulted: readonly string[];
  readonly informed: readonly string[];
}

export function renderMadr(bodyTemplate: string, fields: MadrFields): string {
  const entries: readonly (readonly [string, string])[] = [
    ['status', fields.status],
    ['date', fields.date],
    ['decision-makers', fields.decisionMakers.join(', ')],
    ['consulted', fields.consulted.join(', ')],
    ['informed', fields.informed.join(', ')],
  ];
  // One key per line, an empty value left blank for the team to fill in.
  const frontMatter = entries.map(([key, value]) => (value === '' ? `${key}:` : stringify({ [key]: value }).trimEnd()));
  const body = renderTemplate(bodyTemplate, { ...fields, status: fields.status });
  return `---\n${frontMatter.join('\n')}\n---\n\n${body}`;
}

/** The MADR status a superseded record gets, in MADR's own words. */
export function supersededStatus(newNumber: string): string {
  return `superseded by ADR-${newNumber}`;
}

/** Appends `LABEL [TITLE](FILE)` to the "More Information" section, creating it at the end if absent. */
export function addMadrLink(text: string, label: string, targetTitle: string, targetFile: string): string {
  const line = `${label} [${targetTitle}](${targetFile})`;
  const lines = splitLines(text);
  const heading = lines.findIndex((l) => /^##\s+More Information\s*$/.test(l));
  if (heading < 0) {
    while (lines.length > 0 && (lines.at(-1) ?? '').trim() === '') lines.pop();
    return `${[...lines, '', '## More Information', '', line].join('\n')}\n`;
  }
  let end = lines.findIndex((l, i) => i > heading && /^#{1,2}\s/.test(l));
  if (end < 0) end = lines.length;
  let last = end;
  while (last > heading + 1 && (lines[last - 1] ?? '').trim() === '') last--;
  const after = lines.slice(end);
  const insertion = after.length > 0 ? ['', line, ''] : ['', line];
  return `${[...lines.slice(0, last), ...insertion, ...after].join('\n')}\n`;
}
