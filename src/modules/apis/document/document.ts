import { dirname, isAbsolute, resolve as resolvePath } from 'node:path';
import { detectFormats } from './format.js';
import { isRecord } from './is-record.js';
import { parseFile } from './parse-file.js';
import { parsePointer, valueAt } from './pointer.js';
import type {
  DocumentDiagnostic,
  JsonPath,
  ParsedDocument,
  ParsedFile,
  Range,
  RefResolution,
  SpecFormat,
} from './types.js';

/** Reads another file of a multi-file document; undefined when it cannot be read. */
export type ReadFile = (absolutePath: string) => string | undefined;

const MAX_REF_CHAIN = 64;

/** A remote reference has a URI scheme other than `file:` (e.g. `https://...`). */
function isRemote(ref: string): boolean {
  return /^[a-z][a-z\d+.-]*:/i.test(ref) && !/^file:/i.test(ref) && !/^[a-z]:[\\/]/i.test(ref);
}

class Document implements ParsedDocument {
  readonly formats: ReadonlySet<SpecFormat>;
  private readonly root: ParsedFile;
  private readonly files = new Map<string, ParsedFile>();
  private readonly refCache = new Map<string, Map<string, RefResolution>>();
  private readonly derefCache = new Map<string, unknown>();
  private readonly readFile: ReadFile | undefined;

  constructor(root: ParsedFile, readFile: ReadFile | undefined) {
    this.root = root;
    this.readFile = readFile;
    this.files.set(root.source, root);
    this.formats = detectFormats(root.data);
  }

  get source(): string {
    return this.root.source;
  }
  get text(): string {
    return this.root.text;
  }
  get syntax(): 'json' | 'yaml' {
    return this.root.syntax;
  }
  get data(): unknown {
    return this.root.data;
  }
  get diagnostics(): readonly DocumentDiagnostic[] {
    const all: DocumentDiagnostic[] = [];
    for (const file of this.files.values()) all.push(...file.diagnostics);
    return all;
  }

  rangeOf(path: JsonPath, closest?: boolean): Range | undefined {
    return this.root.rangeOf(path, closest);
  }

  file(source: string): ParsedFile | undefined {
    const known = this.files.get(source);
    if (known !== undefined) return known;
    if (this.readFile === undefined) return undefined;
    const text = this.readFile(source);
    if (text === undefined) return undefined;
    const parsed = parseFile(text, source);
    this.files.set(source, parsed);
    return parsed;
  }

  resolveRef(ref: string, fromSource: string = this.root.source): RefResolution {
    // Two levels (file, then ref): no key string is built per lookup (documents hold
    // thousands of `$ref`s and every walk asks for them).
    let byRef = this.refCache.get(fromSource);
    if (byRef === undefined) {
      byRef = new Map<string, RefResolution>();
      this.refCache.set(fromSource, byRef);
    }
    const cached = byRef.get(ref);
    if (cached !== undefined) return cached;
    const result = this.resolveChain(ref, fromSource);
    byRef.set(ref, result);
    return result;
  }

  private resolveChain(ref: string, fromSource: string): RefResolution {
    let current = ref;
    let from = fromSource;
    const seen = new Set<string>();
    for (let step = 0; step < MAX_REF_CHAIN; step++) {
      const one = this.resolveOne(current, from);
      if (!one.ok) return one;
      const next = isRecord(one.target.value) ? one.target.value['$ref'] : undefined;
      if (typeof next !== 'string') return one;
      const key = `${one.target.source}\u0000${next}`;
      if (seen.has(key)) return { ok: false, code: 'invalid-ref', message: `'${ref}' is a circular chain of references` };
      seen.add(key);
      current = next;
      from = one.target.source;
    }
    return { ok: false, code: 'invalid-ref', message: `'${ref}' is a chain of more than ${String(MAX_REF_CHAIN)} references` };
  }

  private resolveOne(ref: string, fromSource: string): RefResolution {
    if (isRemote(ref)) {
      return { ok: false, code: 'remote-ref', message: `'${ref}' is a remote reference; Groundwork does not fetch the network` };
    }
    const hash = ref.indexOf('#');
    const filePart = hash === -1 ? ref : ref.slice(0, hash);
    const pointer = hash === -1 ? '' : ref.slice(hash + 1);
    let source = fromSource;
    if (filePart !== '') {
      let decoded = filePart.replace(/^file:\/\//i, '');
      try {
        decoded = decodeURI(decoded);
      } catch {
        // Keep the raw text when it is not valid percent-encoding.
      }
      source = isAbsolute(decoded) ? decoded : resolvePath(dirname(fromSource), decoded);
    }
    const file = this.file(source);
    if (file === undefined) {
      return { ok: false, code: 'invalid-ref', message: `'${ref}' cannot be resolved: file '${filePart}' cannot be read` };
    }
    if (file.data === undefined) {
      return { ok: false, code: 'invalid-ref', message: `'${ref}' cannot be resolved: '${filePart}' is not valid JSON or YAML` };
    }
    const path = parsePointer(pointer);
    if (path === undefined) return { ok: false, code: 'invalid-ref', message: `'${ref}' has an invalid JSON pointer` };
    const value = valueAt(file.data, path);
    if (value === undefined) return { ok: false, code: 'invalid-ref', message: `'${ref}' does not exist` };
    return { ok: true, target: { value, source, path } };
  }

  dereference(value: unknown, fromSource: string = this.root.source): unknown {
    return this.deref(value, fromSource, new Set());
  }

  private deref(value: unknown, source: string, stack: Set<string>): unknown {
    if (Array.isArray(value)) {
      let copy: unknown[] | undefined;
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        const next = this.deref(item, source, stack);
        if (next !== item) copy ??= value.slice();
        if (copy !== undefined) copy[i] = next;
      }
      return copy ?? value;
    }
    if (!isRecord(value)) return value;
    const ref = value['$ref'];
    if (typeof ref === 'string') {
      const resolution = this.resolveRef(ref, source);
      if (!resolution.ok) return value;
      const key = `${resolution.target.source}#${resolution.target.path.join('\u0000')}`;
      // A reference to a node already being expanded: cut the cycle with an empty schema.
      if (stack.has(key)) return {};
      const cached = this.derefCache.get(key);
      if (cached !== undefined) return cached;
      stack.add(key);
      const result = this.deref(resolution.target.value, resolution.target.source, stack);
      stack.delete(key);
      if (stack.size === 0) this.derefCache.set(key, result);
      return result;
    }
    let copy: Record<string, unknown> | undefined;
    for (const key of Object.keys(value)) {
      const item = value[key];
      const next = this.deref(item, source, stack);
      if (next !== item) copy ??= { ...value };
      if (copy !== undefined) copy[key] = next;
    }
    return copy ?? value;
  }
}

export interface ParseOptions {
  /** Label or absolute path of the text (used to resolve relative `$ref`s and in findings). */
  readonly source?: string;
  /** Reads files reached by relative `$ref`s; without it, such refs do not resolve. */
  readonly readFile?: ReadFile;
}

/** Parses OpenAPI text (JSON or YAML) into a document. Never throws: problems are diagnostics. */
export function parseDocument(text: string, options: ParseOptions = {}): ParsedDocument {
  const source = options.source ?? '<input>';
  return new Document(parseFile(text, source), options.readFile);
}
