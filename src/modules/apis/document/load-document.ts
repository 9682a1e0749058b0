import { resolve } from 'node:path';
import { readUtf8File } from '../../../platform/fs/read-utf8.js';
import { parseDocument } from './document.js';
import type { ParsedDocument } from './types.js';

/** Reads a file as UTF-8, or undefined when it cannot be read (missing, a directory...). */
export function readTextFile(path: string): string | undefined {
  try {
    return readUtf8File(path);
  } catch {
    return undefined;
  }
}

export type LoadResult = { ok: true; document: ParsedDocument } | { ok: false; message: string };

/** Loads an OpenAPI document from a file; relative `$ref`s to other files are read lazily. */
export function loadDocument(path: string): LoadResult {
  const source = resolve(path);
  const text = readTextFile(source);
  if (text === undefined) return { ok: false, message: `cannot read '${path}'` };
  return { ok: true, document: parseDocument(text, { source, readFile: readTextFile }) };
}
