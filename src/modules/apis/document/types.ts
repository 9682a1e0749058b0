/**
 * The shared OpenAPI document model: one parse, source positions on demand, lazy `$ref`
 * resolution. The lint engine, the diff engine and the server all read documents through
 * these types. Positions are 0-based (line and character), like Spectral's JSON output.
 */

/** A segment of a JSON path: an object key or an array index. */
export type PathSegment = string | number;
export type JsonPath = readonly PathSegment[];

export interface Position {
  /** 0-based line. */
  readonly line: number;
  /** 0-based column, in UTF-16 code units. */
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

/** The OpenAPI dialects a document may be written in (Spectral's format names). */
export type SpecFormat = 'oas2' | 'oas3' | 'oas3_0' | 'oas3_1' | 'oas3_2';

/** A problem found while reading a document (not a rule finding). */
export interface DocumentDiagnostic {
  /** `parser` for unreadable text, `invalid-ref` for a `$ref` to nowhere, ... */
  readonly code: 'parser' | 'invalid-ref' | 'remote-ref' | 'unreadable-file' | 'unrecognized-format';
  readonly message: string;
  readonly severity: 'error' | 'warn';
  /** Path of the offending node in `source` (empty for the whole file). */
  readonly path: JsonPath;
  readonly range: Range;
  /** Absolute file path or a label for in-memory text. */
  readonly source: string;
}

/** Maps JSON paths of one parsed text to source ranges, computed lazily. */
export interface Locator {
  /**
   * Range of the node at `path`; with `closest`, the range of the deepest existing ancestor
   * when the path does not exist (Spectral's behaviour for findings on missing properties).
   */
  rangeOf(path: JsonPath, closest?: boolean): Range | undefined;
}

/** One parsed file. */
export interface ParsedFile {
  readonly source: string;
  readonly text: string;
  readonly syntax: 'json' | 'yaml';
  /** The parsed data (plain JSON values); `undefined` when the text could not be parsed. */
  readonly data: unknown;
  readonly diagnostics: readonly DocumentDiagnostic[];
  rangeOf(path: JsonPath, closest?: boolean): Range | undefined;
}

/** Where a `$ref` led: the target value and its real location. */
export interface RefTarget {
  readonly value: unknown;
  readonly source: string;
  /** Path of the target inside `source`. */
  readonly path: JsonPath;
}

export type RefResolution =
  | { readonly ok: true; readonly target: RefTarget }
  | { readonly ok: false; readonly code: 'invalid-ref' | 'remote-ref'; readonly message: string };

/** A parsed OpenAPI document: the root file plus the files its relative `$ref`s reach. */
export interface ParsedDocument extends ParsedFile {
  /** Formats the root matches (e.g. `['oas3', 'oas3_1']`); empty for a non-OpenAPI document. */
  readonly formats: ReadonlySet<SpecFormat>;
  /**
   * Resolves a `$ref` string found in `fromSource` (following chains of refs). Cached; never
   * fetches the network (remote refs resolve to `{ ok: false, code: 'remote-ref' }`).
   */
  resolveRef(ref: string, fromSource?: string): RefResolution;
  /** Returns the parsed file for `source` (the root or a file reached through `$ref`). */
  file(source: string): ParsedFile | undefined;
  /**
   * A deep copy of `value` (found in `fromSource`) with every `$ref` replaced by its target.
   * Circular references are replaced by `{}` so the result is a finite tree; unresolvable
   * refs are left as they are. Cached per ref target.
   */
  dereference(value: unknown, fromSource?: string): unknown;
  /** Diagnostics of the root file and of every file loaded so far. */
  readonly diagnostics: readonly DocumentDiagnostic[];
}
