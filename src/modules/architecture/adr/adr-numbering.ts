/** Record numbering the way adr-tools does it: the highest leading number in the directory plus one. */

/** The number a file or directory name starts with, or undefined. Leading zeros are not octal. */
export function leadingNumber(name: string): number | undefined {
  const match = /^[0-9]+/.exec(name);
  return match ? Number.parseInt(match[0], 10) : undefined;
}

/** The next record number given the names in the ADR directory (`ls $dir | grep -Eo '^[0-9]+'`). */
export function nextNumber(names: readonly string[]): number {
  let max = 0;
  for (const name of names) {
    const n = leadingNumber(name);
    if (n !== undefined && n > max) max = n;
  }
  return max + 1;
}

/** `printf "%04d"`. */
export function formatNumber(n: number): string {
  return String(n).padStart(4, '0');
}

/** A record file name as adr-list selects them: `^[0-9]+-[^/]*\.md` (a prefix match, as upstream). */
export function isRecordName(name: string): boolean {
  return /^[0-9]+-[^/]*\.md/.test(name);
}
