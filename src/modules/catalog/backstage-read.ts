/**
 * Reads Backstage YAML (or JSON, which is YAML) into raw entity documents that know where
 * they came from: file, document index (0-based, as `---` separates them) and the 1-based
 * line of any field. A root that is a sequence holds one entity per item (JSON bodies).
 * Pure: takes text, never reads files.
 */
import { LineCounter, parseAllDocuments, isNode, type Document } from 'yaml';

export interface SourceRef {
  file?: string;
  /** 0-based index of the YAML document (or of the item of a root sequence). */
  document: number;
  line: number;
}

export interface RawEntity {
  source: SourceRef;
  body: Record<string, unknown>;
  /** 1-based line of the node at `path` (relative to the entity), or of the entity itself. */
  lineOf(path: readonly (string | number)[]): number;
}

export interface ReadProblem {
  source: SourceRef;
  message: string;
}

export interface ReadResult {
  entities: RawEntity[];
  errors: ReadProblem[];
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function readYamlEntities(text: string, file?: string): ReadResult {
  const lineCounter = new LineCounter();
  const documents = parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const entities: RawEntity[] = [];
  const errors: ReadProblem[] = [];
  // parseAllDocuments returns an EmptyStream (an array with no documents) for empty input.
  const list: readonly Document.Parsed[] = Array.isArray(documents) ? documents : [];
  let index = 0;
  for (const doc of list) {
    const docIndex = index++;
    const startLine = lineCounter.linePos(doc.contents?.range[0] ?? doc.range[0]).line;
    if (doc.errors.length > 0) {
      for (const err of doc.errors) {
        const line = err.linePos?.[0].line ?? lineCounter.linePos(err.pos[0]).line;
        errors.push({ source: withFile(file, { document: docIndex, line }), message: `YAML: ${firstLine(err.message)}` });
      }
      continue;
    }
    const value: unknown = doc.toJS({ maxAliasCount: 100 });
    // An empty document (a trailing `---`, a file of comments) holds no entity.
    if (value === null || value === undefined) continue;
    const lineOf = (prefix: readonly (string | number)[]) => (path: readonly (string | number)[]): number => {
      const node: unknown = doc.getIn([...prefix, ...path], true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
      return path.length > 0 ? lineOf(prefix)(path.slice(0, -1)) : startLine;
    };
    if (Array.isArray(value)) {
      value.forEach((item: unknown, i) => {
        const itemLine = lineOf([i])([]);
        const source = withFile(file, { document: i, line: itemLine });
        if (!isRecord(item)) errors.push({ source, message: 'an entity must be a mapping (object)' });
        else entities.push({ source, body: item, lineOf: lineOf([i]) });
      });
      continue;
    }
    const source = withFile(file, { document: docIndex, line: startLine });
    if (!isRecord(value)) {
      errors.push({ source, message: 'a document must be a mapping (an entity), not a scalar' });
      continue;
    }
    entities.push({ source, body: value, lineOf: lineOf([]) });
  }
  return { entities, errors };
}

function withFile(file: string | undefined, ref: { document: number; line: number }): SourceRef {
  return file === undefined ? ref : { file, ...ref };
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

export function describeSource(source: SourceRef): string {
  return `${source.file ?? 'body'}#${source.document} line ${source.line}`;
}
