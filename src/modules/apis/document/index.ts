/**
 * The shared OpenAPI document model (used by the linter, the diff engine and the server).
 *
 * - `parseDocument(text, { source, readFile })` parses JSON or YAML once (native JSON.parse,
 *   js-yaml) and never throws: unreadable input becomes `diagnostics`.
 * - `loadDocument(path)` does the same from a file, reading `$ref`ed files lazily.
 * - `doc.formats` is Spectral's format set (`oas2`, `oas3`, `oas3_0`, `oas3_1`, `oas3_2`).
 * - `doc.rangeOf(path)` maps a JSON path to a 0-based source range, computed on demand.
 * - `doc.resolveRef(ref, fromSource)` resolves local and relative-file refs (cached; remote refs
 *   are reported, never fetched); `doc.dereference(value)` gives a finite, cycle-safe copy.
 */
export type {
  DocumentDiagnostic,
  JsonPath,
  ParsedDocument,
  ParsedFile,
  PathSegment,
  Position,
  Range,
  RefResolution,
  RefTarget,
  SpecFormat,
} from './types.js';
export { parseDocument, type ParseOptions, type ReadFile } from './document.js';
export { loadDocument, readTextFile, type LoadResult } from './load-document.js';
export { detectFormats } from './format.js';
export { isRecord } from './is-record.js';
export { parsePointer, toPointer, valueAt } from './pointer.js';
