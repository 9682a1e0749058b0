import { execFileSync } from 'node:child_process';
import { dirname, relative, resolve } from 'node:path';
import { parseDocument, readTextFile, type ParsedDocument } from '../document/index.js';
import { parsePointer, toPointer } from '../document/pointer.js';
import type { DiffSource } from './source.js';

/** An input that cannot be diffed: missing file, bad git ref, unparseable text. */
export class DiffInputError extends Error {
  override readonly name = 'DiffInputError';
}

export interface LoadedSource extends DiffSource {
  /** What the user passed (a path or `git:REV:path`). */
  readonly label: string;
}

/**
 * Reads BASE or HEAD: a file path, or `git:REV:path` read with `git show` (so CI can diff
 * against `origin/main` without a checkout). Parses with the shared document model and
 * adapts it to the engine's DiffSource (lines on demand, its cached `$ref` resolver).
 */
export function loadSource(spec: string, cwd: string = process.cwd()): LoadedSource {
  const git = /^git:([^:]+):(.+)$/.exec(spec);
  let text: string;
  let source: string;
  let readFile: ((path: string) => string | undefined) | undefined;
  if (git) {
    const rev = git[1] ?? '';
    const path = git[2] ?? '';
    text = gitShow(rev, path, cwd, spec);
    source = resolve(cwd, path);
    readFile = (absolute) => {
      try {
        return gitShow(rev, relative(cwd, absolute), cwd, spec);
      } catch {
        return undefined;
      }
    };
  } else {
    source = resolve(cwd, spec);
    const read = readTextFile(source);
    if (read === undefined) throw new DiffInputError(`cannot read '${spec}' (no such file?)`);
    text = read;
    readFile = readTextFile;
  }
  return { label: spec, ...adapt(parse(text, source, readFile, spec)) };
}

function gitShow(rev: string, path: string, cwd: string, spec: string): string {
  const relativePath = path.startsWith('/') || path.startsWith('./') || path.startsWith('../') ? path : `./${path}`;
  try {
    return execFileSync('git', ['show', `${rev}:${relativePath}`], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const stderr = error instanceof Error && 'stderr' in error && typeof error.stderr === 'string' ? error.stderr : '';
    const reason = stderr.trim().split('\n')[0] ?? '';
    throw new DiffInputError(`cannot read '${spec}' from git${reason ? `: ${reason.replace(/^fatal: /, '')}` : ''}`);
  }
}

function parse(text: string, source: string, readFile: ((path: string) => string | undefined) | undefined, label: string): ParsedDocument {
  const document = parseDocument(text, readFile ? { source, readFile } : { source });
  const problem = document.diagnostics.find((d) => d.code === 'parser' && d.severity === 'error');
  if (problem) throw new DiffInputError(`cannot parse '${label}' (line ${problem.range.start.line + 1}): ${problem.message}`);
  if (document.formats.size === 0) throw new DiffInputError(`'${label}' is not an OpenAPI 2.0/3.x document`);
  return document;
}

/** Adapts the shared document model to what the engine reads. */
export function adapt(document: ParsedDocument): DiffSource {
  return {
    data: document.data,
    lineOf: (pointer) => {
      const path = parsePointer(pointer.startsWith('#') ? pointer.slice(1) : pointer);
      const range = path ? document.rangeOf(path, true) : undefined;
      return range ? range.start.line + 1 : undefined;
    },
    resolveRef: (ref) => {
      const resolution = document.resolveRef(ref);
      if (!resolution.ok) return undefined;
      const { target } = resolution;
      const prefix = target.source === document.source ? '' : relative(dirname(document.source), target.source);
      return { value: target.value, pointer: `${prefix}#${toPointer(target.path)}` };
    },
  };
}
