/**
 * The Status section of a Nygard-style record, edited and read exactly as adr-tools' awk
 * and sed scripts do (_adr_add_link, _adr_remove_status, _adr_status, _adr_links).
 */

/**
 * _adr_add_link: inserts `LINK [TITLE](FILE)` and a blank line just before the first `##`
 * heading that follows `## Status`. A record with no heading after its status gets nothing,
 * as upstream.
 */
export function addStatusLink(text: string, linkType: string, targetTitle: string, targetFile: string): string {
  const out: string[] = [];
  let inStatus = false;
  for (const line of splitLines(text)) {
    if (line.startsWith('##')) {
      if (inStatus) out.push(`${linkType} [${targetTitle}](${targetFile})`, '');
      inStatus = false;
    }
    if (line === '## Status') inStatus = true;
    out.push(line);
  }
  return joinLines(out);
}

/**
 * _adr_remove_status: drops the lines equal to STATUS from the Status section and squeezes
 * the blank lines around them into one.
 */
export function removeStatus(text: string, status: string): string {
  const out: string[] = [];
  let inStatus = false;
  let afterBlank = false;
  for (const line of splitLines(text)) {
    if (line.startsWith('##')) inStatus = false;
    if (line === '## Status') inStatus = true;
    if (inStatus && isBlank(line)) {
      if (!afterBlank) out.push(line);
      afterBlank = true;
      continue;
    }
    if (inStatus && line === status) continue;
    if (inStatus) afterBlank = false;
    out.push(line);
  }
  return joinLines(out);
}

/** _adr_status: the non-blank, non-heading lines from `## Status` to the next heading. */
export function statusLines(text: string): string[] {
  const lines: string[] = [];
  let inRange = false;
  for (const line of splitLines(text)) {
    if (!inRange) {
      if (line.startsWith('## Status')) inRange = true;
      continue;
    }
    if (line.startsWith('#') && !line.startsWith('## Status')) {
      inRange = false;
      continue;
    }
    if (!line.startsWith('#') && !isBlank(line)) lines.push(line);
  }
  return lines;
}

export interface StatusLink {
  /** The words before the link, e.g. `Supercedes`, `Amended by`. */
  readonly label: string;
  /** The number in the link's target file name. */
  readonly target: number;
  /** The link's target as written, e.g. `0002-second-record.md`. */
  readonly href: string;
}

/** _adr_links: `LABEL [..](0*N...)` lines of a status, as `N=LABEL` pairs. */
export function parseLinkLine(line: string): StatusLink | undefined {
  const match = /^(.+) \[.*\]\((0*([1-9][0-9]*)[^)]*)\)/.exec(line);
  if (!match) return undefined;
  const [, label = '', href = '', digits = ''] = match;
  return { label, target: Number.parseInt(digits, 10), href };
}

export function statusLinks(text: string): StatusLink[] {
  return statusLines(text).flatMap((line) => parseLinkLine(line) ?? []);
}

function isBlank(line: string): boolean {
  return /^\s*$/.test(line);
}

/** Lines without the empty string a trailing newline leaves, so awk-style edits see real lines. */
export function splitLines(text: string): string[] {
  const lines = text.split('\n');
  if (text.endsWith('\n')) lines.pop();
  return lines;
}

/** awk ends every line it prints with a newline, whether the input's last line had one or not. */
function joinLines(lines: readonly string[]): string {
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
