/**
 * The I/O glue of `groundwork api diff` and `api changelog`: load both inputs, run the
 * engine, pick changes by level and render. Imported lazily by diff.cli.ts so other
 * `api` commands do not load the engine.
 */
import pc from 'picocolors';
import { CliError } from '../../../cli/cli-error.js';
import { levelRank, type Change, type DiffResult, type Level } from './change.js';
import { renderChangelog } from './changelog.js';
import { diffDocuments } from './diff.js';
import { InvalidDocumentError } from './document-view.js';
import { formatSarif } from './format/sarif.js';
import { formatText, NO_PAINT } from './format/text.js';
import { isObject, objectAt, stringAt } from './json.js';
import { DiffInputError, loadSource, type LoadedSource } from './load.js';
import { allChecks } from './registry.js';

export const FORMATS = ['text', 'json', 'markdown', 'sarif'] as const;
export type DiffFormat = (typeof FORMATS)[number];
export const FAIL_ON = ['breaking', 'warning'] as const;

export interface DiffCommandOptions {
  readonly format: DiffFormat;
  readonly failOn: 'breaking' | 'warning';
  readonly includeInfo: boolean;
  readonly color: boolean;
}

function load(base: string, head: string): { base: LoadedSource; head: LoadedSource; result: DiffResult } {
  try {
    const b = loadSource(base);
    const h = loadSource(head);
    return { base: b, head: h, result: diffDocuments(b, h) };
  } catch (error) {
    if (error instanceof DiffInputError || error instanceof InvalidDocumentError) throw new CliError(error.message, 2);
    throw error;
  }
}

function info(source: LoadedSource): { title?: string; version?: string } {
  const infoObject = isObject(source.data) ? objectAt(source.data, 'info') : undefined;
  const title = stringAt(infoObject, 'title');
  const version = stringAt(infoObject, 'version');
  return { ...(title !== undefined ? { title } : {}), ...(version !== undefined ? { version } : {}) };
}

/** Renders the diff; returns the text to print and the number of changes at/above fail-on. */
export function runDiff(baseSpec: string, headSpec: string, options: DiffCommandOptions): { output: string; failing: number } {
  const { base, head, result } = load(baseSpec, headSpec);
  const shown: readonly Change[] = options.includeInfo ? result.changes : result.changes.filter((c) => c.level !== 'info');
  const threshold = levelRank(options.failOn);
  const failing = result.changes.filter((c) => levelRank(c.level) >= threshold).length;
  let output: string;
  switch (options.format) {
    case 'json':
      output = `${JSON.stringify({ summary: result.summary, changes: shown }, null, 2)}\n`;
      break;
    case 'markdown':
      output = renderChangelog({ summary: result.summary, changes: shown }, changelogOptions(base, head));
      break;
    case 'sarif':
      output = formatSarif(shown, allChecks.map((c) => c.meta), { base: sarifUri(baseSpec), head: sarifUri(headSpec) });
      break;
    case 'text':
      output = formatText(result, shown, options.color ? pc : NO_PAINT);
      break;
  }
  return { output, failing };
}

export function runChangelog(baseSpec: string, headSpec: string): string {
  const { base, head, result } = load(baseSpec, headSpec);
  return renderChangelog(result, changelogOptions(base, head));
}

function changelogOptions(base: LoadedSource, head: LoadedSource): { title?: string; from?: string; to?: string } {
  const b = info(base);
  const h = info(head);
  const title = h.title ?? b.title;
  return { ...(title !== undefined ? { title } : {}), ...(b.version !== undefined && h.version !== undefined ? { from: b.version, to: h.version } : {}) };
}

function sarifUri(spec: string): string {
  const git = /^git:[^:]+:(.+)$/.exec(spec);
  return git?.[1] ?? spec;
}

export function parseLevel(value: string): 'breaking' | 'warning' {
  if (value === 'breaking' || value === 'warning') return value;
  throw new CliError(`--fail-on must be one of ${FAIL_ON.join(', ')} (got '${value}')`, 2);
}

export function parseFormat(value: string): DiffFormat {
  const found = FORMATS.find((f) => f === value);
  if (found === undefined) throw new CliError(`--format must be one of ${FORMATS.join(', ')} (got '${value}')`, 2);
  return found;
}

export type { Level };
