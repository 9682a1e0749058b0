/**
 * Reads a record file, Nygard (adr-tools) or MADR, into what the tools need: number,
 * title, status, date and its relation lines. Pure: text in, data out.
 */
import { frontMatterString, parseFrontMatter } from './adr-front-matter.js';
import { leadingNumber } from './adr-numbering.js';
import { parseLinkLine, splitLines, statusLines, statusLinks, type StatusLink } from './adr-status-section.js';

export type AdrFormat = 'nygard' | 'madr';

export interface AdrRecord {
  /** The file name, e.g. `0002-use-postgresql.md`. */
  readonly file: string;
  readonly number: number | undefined;
  readonly format: AdrFormat;
  /** What links and the table of contents show: `2. Use PostgreSQL`. */
  readonly label: string;
  /** The title without a leading `N. `. */
  readonly title: string;
  /** Status lines (Nygard) or the front matter status (MADR); empty when none is written. */
  readonly status: readonly string[];
  readonly date: string | undefined;
  readonly links: readonly StatusLink[];
  readonly frontMatter: Readonly<Record<string, unknown>> | undefined;
  /** The Markdown after any front matter. */
  readonly body: string;
}

/** Throws AdrInputError when the front matter is malformed. */
export function parseRecord(file: string, text: string): AdrRecord {
  const number = leadingNumber(file);
  const frontMatter = parseFrontMatter(file, text);
  if (frontMatter) {
    const heading = firstHeading(frontMatter.body);
    const status = frontMatterString(frontMatter.data, 'status');
    return {
      file,
      number,
      format: 'madr',
      label: number === undefined ? heading : `${number}. ${heading}`,
      title: heading,
      status: status === undefined || status.trim() === '' ? [] : [status],
      date: frontMatterString(frontMatter.data, 'date'),
      links: splitLines(frontMatter.body).flatMap((line) => {
        const link = parseLinkLine(line);
        return link && /^[0-9]+-/.test(link.href) ? [link] : [];
      }),
      frontMatter: frontMatter.data,
      body: frontMatter.body,
    };
  }
  const label = adrToolsTitle(text);
  const dateLine = splitLines(text).find((line) => line.startsWith('Date: '));
  return {
    file,
    number,
    format: 'nygard',
    label,
    title: label.replace(/^[0-9]+\.\s*/, ''),
    status: statusLines(text),
    date: dateLine?.slice('Date: '.length).trim(),
    links: statusLinks(text),
    frontMatter: undefined,
    body: text,
  };
}

/** _adr_title: the first line without its first two characters (`# `). */
export function adrToolsTitle(text: string): string {
  const first = text.split('\n', 1)[0] ?? '';
  return first.slice(2);
}

function firstHeading(body: string): string {
  const line = splitLines(body).find((l) => /^#\s/.test(l));
  return line === undefined ? '' : line.replace(/^#\s+/, '').trim();
}

/** Whether a record says it has been superseded (adr-tools spells it "Superceded"). */
export function isMarkedSuperseded(record: AdrRecord): boolean {
  return record.status.some((line) => /^super[sc]eded\b/i.test(line.trim()));
}

/** A relation label that means "this record supersedes the target". */
export function isSupersedesLabel(label: string): boolean {
  return /^super[sc]edes$/i.test(label.trim());
}
