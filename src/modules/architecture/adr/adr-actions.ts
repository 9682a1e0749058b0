/**
 * The `adr` use cases: init, new, link, list, generate, lint, upgrade-repository. They do
 * their I/O only through the AdrContext passed in (files, environment, output, editor),
 * so tests can run them on a temporary folder and the CLI stays a thin shell.
 */
import { basename } from 'node:path';
import { AdrCompatError, AdrInputError } from './adr-errors.js';
import type { AdrFs } from './adr-fs.js';
import { renderDot, renderMermaid, type GraphNode } from './adr-graph.js';
import { lintRecords, type AdrLintFinding, type UnreadableRecord } from './adr-lint.js';
import { renderMadr } from './adr-madr.js';
import { formatNumber, nextNumber } from './adr-numbering.js';
import type { AdrRecord } from './adr-record.js';
import {
  addLink,
  listRecordPaths,
  locateAdrDir,
  markSuperseded,
  readRecord,
  resolveReference,
  supersedesLabel,
} from './adr-repository.js';
import { slugFor, wordsOf } from './adr-slug.js';
import { renderTemplate } from './adr-template-render.js';
import { MADR_BODY_TEMPLATE, MADR_INIT_BODY_TEMPLATE, NYGARD_INIT_TEMPLATE, NYGARD_TEMPLATE } from './adr-templates.js';
import { renderToc } from './adr-toc.js';

export interface AdrContext {
  readonly fs: AdrFs;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Writes text to standard output as is. */
  write(text: string): void;
  /** Runs `COMMAND FILE` (COMMAND split into words as a shell would) and returns its exit status. */
  runEditor(command: string, file: string): number;
  /** Today as YYYY-MM-DD in local time (`date +%Y-%m-%d`). */
  today(): string;
}

/** `nygard` (adr-tools' format), `madr` (MADR 4), or a path to a template file. */
export type TemplateChoice = string;

export interface NewOptions {
  readonly title: readonly string[];
  readonly supersedes?: readonly string[];
  /** `TARGET:LINK:REVERSE-LINK` specs. */
  readonly links?: readonly string[];
  readonly template?: TemplateChoice;
  /** MADR only: the front matter status (default `accepted`, as adr-tools writes Accepted). */
  readonly status?: string;
  readonly decisionMakers?: readonly string[];
  readonly consulted?: readonly string[];
  readonly informed?: readonly string[];
}

interface ResolvedTemplate {
  readonly kind: 'text' | 'madr';
  readonly text: string;
}

export function adrInit(ctx: AdrContext, dir: string | undefined, template?: TemplateChoice): string {
  if (dir !== undefined && dir !== '') {
    ctx.fs.makeDirectory(dir);
    ctx.fs.writeText('.adr-dir', `${dir}\n`);
  }
  const madr = template === 'madr';
  return createRecord(
    ctx,
    { title: ['record-architecture-decisions'] },
    madr ? { kind: 'madr', text: MADR_INIT_BODY_TEMPLATE } : { kind: 'text', text: NYGARD_INIT_TEMPLATE },
    { editor: false },
  );
}

export function adrNew(ctx: AdrContext, options: NewOptions): string {
  return createRecord(ctx, options, undefined, { editor: true });
}

function createRecord(
  ctx: AdrContext,
  options: NewOptions,
  fixedTemplate: ResolvedTemplate | undefined,
  how: { editor: boolean },
): string {
  const dir = locateAdrDir(ctx.fs);
  const title = options.title.join(' ');
  if (title === '') throw new AdrCompatError('ERROR: no title given');
  const template = fixedTemplate ?? resolveTemplate(ctx, dir, options.template);
  const links = (options.links ?? []).map(parseLinkSpec);

  // Resolve every reference before writing anything, so a typo changes nothing.
  const existing = ctx.fs.isDirectory(dir) ? listRecordPaths(ctx.fs, dir) : [];
  const superseded = (options.supersedes ?? []).map((ref) => resolveReference(existing, ref, dir));
  const linked = links.map((link) => ({ ...link, path: resolveReference(existing, link.target, dir) }));
  for (const path of [...superseded, ...linked.map((l) => l.path)]) readRecord(ctx.fs, path);

  const number = ctx.fs.isDirectory(dir) ? nextNumber(ctx.fs.list(dir)) : 1;
  const file = `${dir}/${formatNumber(number)}-${slugFor(wordsOf(title))}.md`;
  const date = nonEmpty(ctx.env.ADR_DATE) ?? ctx.today();
  const text =
    template.kind === 'madr'
      ? renderMadr(template.text, {
          number,
          title,
          date,
          status: options.status ?? 'accepted',
          decisionMakers: options.decisionMakers ?? [],
          consulted: options.consulted ?? [],
          informed: options.informed ?? [],
        })
      : renderTemplate(template.text, { number, title, date, status: 'Accepted' });
  ctx.fs.makeDirectory(dir);
  ctx.fs.writeText(file, text);

  for (const target of superseded) {
    markSuperseded(ctx.fs, target, file);
    addLink(ctx.fs, file, supersedesLabel(ctx.fs, file), target);
  }
  for (const link of linked) {
    addLink(ctx.fs, file, link.forward, link.path);
    addLink(ctx.fs, link.path, link.reverse, file);
  }

  if (how.editor) {
    const editor = nonEmpty(ctx.env.VISUAL) ?? nonEmpty(ctx.env.EDITOR);
    if (editor !== undefined) {
      const status = ctx.runEditor(editor, file);
      if (status !== 0) throw new AdrInputError(`the editor "${editor}" exited with status ${status}; ${file} was written`);
    }
  }
  ctx.write(`${file}\n`);
  return file;
}

/** `--template`, then ADR_TEMPLATE, then DIR/templates/template.md, then adr-tools' own. */
function resolveTemplate(ctx: AdrContext, dir: string, choice: TemplateChoice | undefined): ResolvedTemplate {
  if (choice === 'madr') return { kind: 'madr', text: MADR_BODY_TEMPLATE };
  if (choice === 'nygard') return { kind: 'text', text: NYGARD_TEMPLATE };
  const path = choice ?? nonEmpty(ctx.env.ADR_TEMPLATE) ?? projectTemplate(ctx.fs, dir);
  if (path === undefined) return { kind: 'text', text: NYGARD_TEMPLATE };
  if (!ctx.fs.isFile(path)) throw new AdrInputError(`template ${path} does not exist`);
  return { kind: 'text', text: ctx.fs.readText(path) };
}

function projectTemplate(fs: AdrFs, dir: string): string | undefined {
  const path = `${dir}/templates/template.md`;
  return fs.isFile(path) ? path : undefined;
}

interface LinkSpec {
  readonly target: string;
  readonly forward: string;
  readonly reverse: string;
}

/** `-l "TARGET:LINK:REVERSE-LINK"`, read as adr-tools does (`echo $l | cut -d : -f N`). */
export function parseLinkSpec(spec: string): LinkSpec {
  const [target = '', forward = '', reverse = ''] = wordsOf(spec).split(':');
  if (target === '' || forward === '' || reverse === '') {
    throw new AdrInputError(`link "${spec}" must be TARGET:LINK:REVERSE-LINK, e.g. "5:Amends:Amended by"`);
  }
  return { target, forward, reverse };
}

export function adrLink(ctx: AdrContext, source: string, forward: string, target: string, reverse: string): void {
  const dir = locateAdrDir(ctx.fs);
  const paths = listRecordPaths(ctx.fs, dir);
  const sourcePath = resolveReference(paths, source, dir);
  const targetPath = resolveReference(paths, target, dir);
  readRecord(ctx.fs, sourcePath);
  readRecord(ctx.fs, targetPath);
  addLink(ctx.fs, sourcePath, forward, targetPath);
  addLink(ctx.fs, targetPath, reverse, sourcePath);
}

export function adrList(ctx: AdrContext): void {
  const dir = locateAdrDir(ctx.fs);
  for (const path of listRecordPaths(ctx.fs, dir)) ctx.write(`${path}\n`);
}

function readAll(ctx: AdrContext): { dir: string; paths: string[]; records: AdrRecord[] } {
  const dir = locateAdrDir(ctx.fs);
  const paths = listRecordPaths(ctx.fs, dir);
  return { dir, paths, records: paths.map((p) => readRecord(ctx.fs, p)) };
}

export function adrToc(ctx: AdrContext, options: { intro?: string; outro?: string; linkPrefix?: string }): void {
  const { records } = readAll(ctx);
  const readPart = (path: string | undefined): string | undefined => {
    if (path === undefined || path === '') return undefined;
    if (!ctx.fs.isFile(path)) throw new AdrInputError(`${path} does not exist (INTRO and OUTRO are Markdown files)`);
    return ctx.fs.readText(path);
  };
  ctx.write(
    renderToc(
      records.map((r) => ({ label: r.label, file: r.file })),
      { intro: readPart(options.intro), outro: readPart(options.outro), linkPrefix: options.linkPrefix },
    ),
  );
}

export function adrGraph(
  ctx: AdrContext,
  options: { linkPrefix?: string; linkExtension?: string; format?: 'dot' | 'mermaid' },
): void {
  const { records } = readAll(ctx);
  const nodes: GraphNode[] = records.map((r) => ({
    number: Number.parseInt(r.file.replace(/-.*/, ''), 10),
    label: r.label,
    stem: basename(r.file, '.md'),
    links: r.links,
  }));
  ctx.write(options.format === 'mermaid' ? renderMermaid(nodes, options) : renderDot(nodes, options));
}

export interface LintReport {
  readonly directory: string;
  readonly records: number;
  readonly findings: readonly AdrLintFinding[];
}

export function adrLint(ctx: AdrContext): LintReport {
  const dir = locateAdrDir(ctx.fs);
  const paths = listRecordPaths(ctx.fs, dir);
  const records: AdrRecord[] = [];
  const unreadable: UnreadableRecord[] = [];
  for (const path of paths) {
    try {
      records.push(readRecord(ctx.fs, path));
    } catch (error) {
      if (!(error instanceof AdrInputError)) throw error;
      unreadable.push({ file: basename(path), message: error.message });
    }
  }
  return { directory: dir, records: paths.length, findings: lintRecords(records, unreadable) };
}

/** Every record of the folder, parsed; a malformed one stops the run with its file and reason. */
export function adrRecords(ctx: AdrContext): { directory: string; records: AdrRecord[] } {
  const { dir, records } = readAll(ctx);
  return { directory: dir, records };
}

/** adr upgrade-repository: dates written as DD/MM/YYYY by old adr-tools become ISO 8601. */
export function adrUpgradeRepository(ctx: AdrContext): void {
  const dir = locateAdrDir(ctx.fs);
  for (const path of listRecordPaths(ctx.fs, dir)) {
    const text = ctx.fs.readText(path);
    const upgraded = text
      .split('\n')
      .map((line) => line.replace(/Date: ([0-9]{2})\/([0-9]{2})\/([0-9]{4})/, 'Date: $3-$2-$1'))
      .join('\n');
    if (upgraded !== text) ctx.fs.writeText(path, upgraded);
  }
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}
