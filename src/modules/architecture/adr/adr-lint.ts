/**
 * `adr lint`: problems in a folder of records that adr-tools would never notice. Findings
 * are data; the CLI decides the exit code.
 */
import { isMarkedSuperseded, isSupersedesLabel, type AdrRecord } from './adr-record.js';

export type AdrLintRule =
  | 'malformed-front-matter'
  | 'missing-status'
  | 'broken-link'
  | 'superseded-not-marked'
  | 'duplicate-number'
  | 'numbering-gap'
  | 'title-number-mismatch';

export interface AdrLintFinding {
  readonly rule: AdrLintRule;
  /** The file the problem is in, relative to the ADR directory; absent for folder-wide ones. */
  readonly file?: string;
  readonly message: string;
}

/** A file that could not be parsed, reported instead of a record. */
export interface UnreadableRecord {
  readonly file: string;
  readonly message: string;
}

export function lintRecords(records: readonly AdrRecord[], unreadable: readonly UnreadableRecord[] = []): AdrLintFinding[] {
  const findings: AdrLintFinding[] = unreadable.map((u) => ({
    rule: 'malformed-front-matter',
    file: u.file,
    message: u.message,
  }));
  const byFile = new Map(records.map((r) => [r.file, r]));
  const byNumber = new Map<number, AdrRecord[]>();
  for (const record of records) {
    if (record.number === undefined) continue;
    byNumber.set(record.number, [...(byNumber.get(record.number) ?? []), record]);
  }
  for (const record of records) {
    findings.push(...recordFindings(record, byFile, byNumber));
  }
  findings.push(...numberingFindings(byNumber, unreadable));
  return findings;
}

function recordFindings(
  record: AdrRecord,
  byFile: ReadonlyMap<string, AdrRecord>,
  byNumber: ReadonlyMap<number, AdrRecord[]>,
): AdrLintFinding[] {
  const findings: AdrLintFinding[] = [];
  const file = record.file;
  const nonLinkStatus = record.status.filter((line) => !record.links.some((l) => line.startsWith(`${l.label} [`)));
  if (record.status.length === 0 || (record.format === 'nygard' && nonLinkStatus.length === 0 && !isMarkedSuperseded(record))) {
    const where = record.format === 'madr' ? 'a status in its front matter' : 'a status in its "## Status" section';
    findings.push({ rule: 'missing-status', file, message: `no status: add ${where}` });
  }
  const headingNumber = /^([0-9]+)\.\s/.exec(record.label);
  if (record.format === 'nygard' && headingNumber && record.number !== undefined && Number(headingNumber[1]) !== record.number) {
    findings.push({
      rule: 'title-number-mismatch',
      file,
      message: `titled "${record.label}" but its file name says number ${record.number}`,
    });
  }
  for (const link of record.links) {
    const target = byFile.get(link.href);
    if (!target) {
      const candidates = byNumber.get(link.target) ?? [];
      const hint = candidates[0] ? ` (did you mean ${candidates[0].file}?)` : '';
      findings.push({ rule: 'broken-link', file, message: `"${link.label}" links to ${link.href}, which does not exist${hint}` });
      continue;
    }
    if (isSupersedesLabel(link.label) && !isMarkedSuperseded(target)) {
      findings.push({
        rule: 'superseded-not-marked',
        file: target.file,
        message: `superseded by ${file} but its status does not say so`,
      });
    }
  }
  return findings;
}

function numberingFindings(byNumber: ReadonlyMap<number, AdrRecord[]>, unreadable: readonly UnreadableRecord[]): AdrLintFinding[] {
  const findings: AdrLintFinding[] = [];
  const numbers = [...byNumber.keys()].sort((a, b) => a - b);
  for (const n of numbers) {
    const same = byNumber.get(n) ?? [];
    if (same.length > 1) {
      findings.push({
        rule: 'duplicate-number',
        file: same[1]?.file,
        message: `number ${n} is used by ${same.length} records: ${same.map((r) => r.file).join(', ')}`,
      });
    }
  }
  const unreadableNumbers = new Set(unreadable.map((u) => Number.parseInt(u.file, 10)));
  const last = numbers.at(-1);
  if (last === undefined) return findings;
  // Records start at 1 (adr-tools) or 0 (some MADR tools); anything missing after that is a gap.
  const first = Math.min(1, numbers[0] ?? 1);
  const missing: number[] = [];
  for (let n = first; n <= last; n++) {
    if (!byNumber.has(n) && !unreadableNumbers.has(n)) missing.push(n);
  }
  if (missing.length > 0) {
    findings.push({
      rule: 'numbering-gap',
      message: `numbering has gaps: no record numbered ${missing.join(', ')}`,
    });
  }
  return findings;
}
