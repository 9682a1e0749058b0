/**
 * A folder of records seen through AdrFs: finding it the way adr-tools does, listing,
 * resolving references and linking two records. All I/O goes through the AdrFs passed in.
 */
import { basename, posix } from 'node:path';
import { AdrCompatError, AdrInputError } from './adr-errors.js';
import { hasFrontMatter, setFrontMatterValue } from './adr-front-matter.js';
import { addMadrLink } from './adr-madr.js';
import { isRecordName, leadingNumber } from './adr-numbering.js';
import { parseRecord, type AdrRecord } from './adr-record.js';
import { addStatusLink, removeStatus } from './adr-status-section.js';
import type { AdrFs } from './adr-fs.js';

/**
 * _adr_dir: from the working directory upwards, the first `.adr-dir` file (its contents,
 * relative to where it lies) or `doc/adr` directory; `doc/adr` when there is neither.
 */
export function locateAdrDir(fs: AdrFs): string {
  let reldir = '.';
  const mkrel = (name: string): string => {
    const joined = `${reldir}/${name}`;
    return joined.startsWith('./') ? joined.slice(2) : joined;
  };
  for (;;) {
    // adr-tools tests the directory holding reldir, so it also looks at `/` itself.
    const holder = fs.physicalPath(posix.dirname(reldir));
    if (holder === undefined || holder === '/') return 'doc/adr';
    if (fs.isFile(mkrel('.adr-dir'))) return mkrel(fs.readText(mkrel('.adr-dir')).replace(/\n+$/, ''));
    if (fs.isDirectory(mkrel('doc/adr'))) return mkrel('doc/adr');
    reldir = `${reldir}/..`;
  }
}

/** adr-list: record paths (`DIR/NNNN-slug.md`) in byte order. */
export function listRecordPaths(fs: AdrFs, dir: string): string[] {
  if (!fs.isDirectory(dir)) throw new AdrCompatError(`The ${dir} directory does not exist`);
  return fs
    .list(dir)
    .filter(isRecordName)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((name) => `${dir}/${name}`);
}

/**
 * _adr_file: a reference is a number or part of a file name. A number picks the record
 * with that number (adr-tools greps, so `3` could pick `0002-use-s3.md`); anything else
 * picks the first path containing it, as adr-tools does.
 */
export function resolveReference(paths: readonly string[], reference: string, dir: string): string {
  const found = /^[0-9]+$/.test(reference)
    ? paths.find((p) => leadingNumber(basename(p)) === Number.parseInt(reference, 10))
    : paths.find((p) => p.includes(reference));
  if (found === undefined) throw new AdrInputError(`no decision record matches "${reference}" in ${dir}`);
  return found;
}

export function readRecord(fs: AdrFs, path: string): AdrRecord {
  return parseRecord(basename(path), fs.readText(path));
}

/** The `N. Title` text of links to a record (adr-tools: its first line minus `# `). */
export function linkTitle(fs: AdrFs, path: string): string {
  return readRecord(fs, path).label;
}

/** _adr_add_link: writes `LABEL [TARGET TITLE](TARGET FILE)` into SOURCE, in its own format. */
export function addLink(fs: AdrFs, source: string, label: string, target: string): void {
  const title = linkTitle(fs, target);
  const text = fs.readText(source);
  const updated = hasFrontMatter(text)
    ? addMadrLink(text, label, title, basename(target))
    : addStatusLink(text, label, title, basename(target));
  fs.writeText(source, updated);
}

/** What `adr new -s` does to the record being superseded. */
export function markSuperseded(fs: AdrFs, target: string, by: string): void {
  const text = fs.readText(target);
  if (hasFrontMatter(text)) {
    const number = basename(by).replace(/-.*/, '');
    fs.writeText(target, setFrontMatterValue(basename(target), text, 'status', `superseded by ADR-${number}`));
    addLink(fs, target, 'Superseded by', by);
    return;
  }
  addLink(fs, target, 'Superceded by', by);
  fs.writeText(target, removeStatus(fs.readText(target), 'Accepted'));
}

/** The label a record uses for "supersedes": adr-tools' spelling in its format, MADR's in MADR. */
export function supersedesLabel(fs: AdrFs, path: string): string {
  return hasFrontMatter(fs.readText(path)) ? 'Supersedes' : 'Supercedes';
}
