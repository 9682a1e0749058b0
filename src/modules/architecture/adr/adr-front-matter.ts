/**
 * YAML front matter of MADR records (`---` lines around a YAML mapping). Edits go through
 * the `yaml` Document model so comments and key order a team wrote survive.
 */
import { isMap, parseDocument, type Document } from 'yaml';
import { AdrInputError } from './adr-errors.js';

export interface FrontMatter {
  /** The parsed mapping, keys as written. */
  readonly data: Readonly<Record<string, unknown>>;
  readonly document: Document;
  /** The text after the closing `---` line. */
  readonly body: string;
}

const OPENING = /^---[ \t]*\r?\n/;

export function hasFrontMatter(text: string): boolean {
  return OPENING.test(text);
}

/** Splits front matter from the body; throws AdrInputError naming the file when it is malformed. */
export function parseFrontMatter(file: string, text: string): FrontMatter | undefined {
  const opening = OPENING.exec(text);
  if (!opening) return undefined;
  const rest = text.slice(opening[0].length);
  const closing = /^---[ \t]*(\r?\n|$)/m.exec(rest);
  if (!closing) throw new AdrInputError(`${file}: front matter starts with --- but has no closing --- line`);
  const yamlText = rest.slice(0, closing.index);
  const body = rest.slice(closing.index + closing[0].length);
  const document = parseDocument(yamlText);
  const [first] = document.errors;
  if (first) {
    // linePos counts from the first YAML line; the file has the opening --- above it.
    const line = first.linePos?.[0].line;
    const where = line === undefined ? '' : ` at line ${line + 1}`;
    const reason = (first.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
    throw new AdrInputError(`${file}: malformed front matter${where}: ${reason}`);
  }
  if (document.contents !== null && !isMap(document.contents)) {
    throw new AdrInputError(`${file}: front matter must be a YAML mapping of keys to values`);
  }
  const json: unknown = document.toJS();
  const data = isRecord(json) ? json : {};
  return { data, document, body };
}

/** The record with one front matter key set (added at the end when absent). */
export function setFrontMatterValue(file: string, text: string, key: string, value: string): string {
  const parsed = parseFrontMatter(file, text);
  if (!parsed) throw new AdrInputError(`${file}: has no front matter to set ${key} in`);
  parsed.document.set(key, value);
  return `---\n${parsed.document.toString({ lineWidth: 0 })}---\n${parsed.body}`;
}

export function frontMatterString(data: Readonly<Record<string, unknown>>, key: string): string | undefined {
  const value = data[key];
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
