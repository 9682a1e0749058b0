import { LineIndex } from './line-index.js';
import type { JsonPath, Locator, Range } from './types.js';

/**
 * A block of YAML lines holding one node: lines `[from, to)`, whose content on line `from`
 * starts at column `col` (later lines of the same level are indented exactly `col`).
 */
interface Block {
  readonly from: number;
  readonly to: number;
  readonly col: number;
}

/** One member of a mapping or sequence: where it starts (its key, or its dash) and its value. */
interface Member {
  readonly line: number;
  readonly col: number;
  /** The member's value as a block, or undefined when it is an inline scalar / flow node. */
  readonly value: Block | undefined;
  /** Last line (inclusive) of the member. */
  readonly lastLine: number;
}

type BlockIndex = Map<string, Member> | Member[] | null;

const SPACE = 32, TAB = 9, HASH = 35, DASH = 45, COLON = 58, DQUOTE = 34, SQUOTE = 39;

/**
 * Source positions for YAML text, computed lazily from its lines. The data comes from a fast
 * parser (js-yaml); positions are needed only for the paths that get findings, so this
 * locator follows a path down the indentation structure of block YAML, indexing each block
 * once. Flow collections (`{...}`, `[...]`) and aliases are not entered: a path into them
 * maps to the enclosing node, the closest location Spectral reports too.
 */
export class YamlLocator implements Locator {
  private readonly text: string;
  private lines: LineIndex | undefined;
  private indents: Int32Array | undefined;
  private readonly cache = new Map<string, BlockIndex>();

  constructor(text: string) {
    this.text = text;
  }

  rangeOf(path: JsonPath, closest = true): Range | undefined {
    const lines = (this.lines ??= new LineIndex(this.text));
    const indents = (this.indents ??= this.computeIndents(lines));
    let first = 0;
    while (first < lines.lineCount && (indents[first] ?? -1) < 0) first++;
    if (first >= lines.lineCount) return undefined;
    let block: Block | undefined = { from: first, to: lines.lineCount, col: indents[first] ?? 0 };
    let startLine = first;
    let startCol = block.col;
    let lastLine = this.lastContentLine(first, lines.lineCount);
    for (const segment of path) {
      const index: BlockIndex = block === undefined ? null : this.indexBlock(block);
      let member: Member | undefined;
      if (index instanceof Map) member = index.get(String(segment));
      else if (Array.isArray(index)) member = index[Number(segment)];
      if (member === undefined) {
        return closest ? this.range(startLine, startCol, lastLine) : undefined;
      }
      startLine = member.line;
      startCol = member.col;
      lastLine = member.lastLine;
      block = member.value;
    }
    return this.range(startLine, startCol, lastLine);
  }

  private range(line: number, col: number, lastLine: number): Range {
    const endText = this.lineText(lastLine).replace(/\s+$/, '');
    return { start: { line, character: col }, end: { line: lastLine, character: endText.length } };
  }

  /** Indentation of each line, or -1 for blank lines, comments and document markers. */
  private computeIndents(lines: LineIndex): Int32Array {
    const text = this.text;
    const indents = new Int32Array(lines.lineCount);
    for (let line = 0; line < lines.lineCount; line++) {
      let at = lines.lineStart(line);
      const end = line + 1 < lines.lineCount ? lines.lineStart(line + 1) : text.length;
      let indent = 0;
      while (at < end && text.charCodeAt(at) === SPACE) {
        at++;
        indent++;
      }
      const code = text.charCodeAt(at);
      const blank = at >= end || code === 10 || code === 13 || code === HASH;
      const marker = indent === 0 && (text.startsWith('---', at) || text.startsWith('...', at) || code === 37);
      indents[line] = blank || marker ? -1 : indent;
    }
    return indents;
  }

  private lineText(line: number): string {
    const lines = this.lines ?? new LineIndex(this.text);
    const start = lines.lineStart(line);
    const end = line + 1 < lines.lineCount ? lines.lineStart(line + 1) : this.text.length;
    return this.text.slice(start, end).replace(/\r?\n$/, '');
  }

  private indentOf(line: number): number {
    return this.indents?.[line] ?? -1;
  }

  private lastContentLine(from: number, to: number): number {
    for (let line = to - 1; line > from; line--) if (this.indentOf(line) >= 0) return line;
    return from;
  }

  /** Column where content starts on `line` within `block` (the first line may be a dash line). */
  private colOn(block: Block, line: number): number {
    return line === block.from ? block.col : this.indentOf(line);
  }

  private indexBlock(block: Block): BlockIndex {
    const key = `${String(block.from)}:${String(block.col)}`;
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    const head = this.lineText(block.from).slice(block.col);
    let index: BlockIndex;
    if (isDash(head)) index = this.indexSequence(block);
    else if (head.startsWith('{') || head.startsWith('[') || findKeyEnd(head) === undefined) index = null;
    else index = this.indexMapping(block);
    this.cache.set(key, index);
    return index;
  }

  private indexMapping(block: Block): Map<string, Member> {
    const starts: { line: number; key: string; rest: string }[] = [];
    for (let line = block.from; line < block.to; line++) {
      const col = this.colOn(block, line);
      if (col < 0) continue;
      if (col < block.col) break;
      if (col > block.col) continue;
      const content = this.lineText(line).slice(col);
      if (isDash(content)) continue; // a sequence value at the key's own indentation
      const keyEnd = findKeyEnd(content);
      if (keyEnd === undefined) continue;
      starts.push({ line, key: keyEnd.key, rest: content.slice(keyEnd.end).trim() });
    }
    const members = new Map<string, Member>();
    starts.forEach((start, i) => {
      const next = starts[i + 1]?.line ?? this.blockEnd(block);
      const lastLine = this.lastContentLine(start.line, next);
      let value: Block | undefined;
      if (start.rest === '' || /^[&!][^\s]*$/.test(start.rest) || /^[&!][^\s]*\s+#/.test(start.rest) || start.rest.startsWith('#')) {
        let line = start.line + 1;
        while (line < next && this.indentOf(line) < 0) line++;
        if (line < next) value = { from: line, to: next, col: this.indentOf(line) };
      }
      members.set(start.key, { line: start.line, col: this.colOn(block, start.line), value, lastLine });
    });
    return members;
  }

  private indexSequence(block: Block): Member[] {
    const starts: number[] = [];
    for (let line = block.from; line < block.to; line++) {
      const col = this.colOn(block, line);
      if (col < 0) continue;
      if (col < block.col) break;
      if (col > block.col) continue;
      if (!isDash(this.lineText(line).slice(col))) break;
      starts.push(line);
    }
    const end = this.blockEnd(block);
    return starts.map((line, i) => {
      const next = starts[i + 1] ?? end;
      const text = this.lineText(line);
      const dashCol = this.colOn(block, line);
      let contentCol = dashCol + 1;
      while (text.charCodeAt(contentCol) === SPACE || text.charCodeAt(contentCol) === TAB) contentCol++;
      const rest = text.slice(contentCol);
      let value: Block | undefined;
      if (rest === '' || rest.startsWith('#')) {
        let inner = line + 1;
        while (inner < next && this.indentOf(inner) < 0) inner++;
        if (inner < next) value = { from: inner, to: next, col: this.indentOf(inner) };
      } else if (isDash(rest) || findKeyEnd(rest) !== undefined) {
        value = { from: line, to: next, col: contentCol };
      }
      return { line, col: contentCol, value, lastLine: this.lastContentLine(line, next) };
    });
  }

  /** First line after `block` that is indented less than its column. */
  private blockEnd(block: Block): number {
    for (let line = block.from + 1; line < block.to; line++) {
      const indent = this.indentOf(line);
      if (indent >= 0 && indent < block.col) return line;
    }
    return block.to;
  }
}

function isDash(content: string): boolean {
  return content.charCodeAt(0) === DASH && (content.length === 1 || content.charCodeAt(1) === SPACE || content.charCodeAt(1) === TAB);
}

/** Finds a mapping key at the start of `content`: its decoded text and the offset after `:`. */
function findKeyEnd(content: string): { key: string; end: number } | undefined {
  const first = content.charCodeAt(0);
  if (first === DQUOTE || first === SQUOTE) {
    let i = 1;
    for (; i < content.length; i++) {
      const c = content.charCodeAt(i);
      if (first === DQUOTE && c === 92) {
        i++;
        continue;
      }
      if (c === first) {
        if (first === SQUOTE && content.charCodeAt(i + 1) === SQUOTE) {
          i++;
          continue;
        }
        break;
      }
    }
    let j = i + 1;
    while (content.charCodeAt(j) === SPACE) j++;
    if (content.charCodeAt(j) !== COLON) return undefined;
    const raw = content.slice(0, i + 1);
    return { key: decodeQuoted(raw), end: j + 1 };
  }
  if (first === HASH || first === DASH && isDash(content)) return undefined;
  for (let i = 0; i < content.length; i++) {
    if (content.charCodeAt(i) !== COLON) continue;
    const after = content.charCodeAt(i + 1);
    if (i + 1 >= content.length || after === SPACE || after === TAB) {
      return { key: content.slice(0, i).trim(), end: i + 1 };
    }
  }
  return undefined;
}

function decodeQuoted(raw: string): string {
  if (raw.startsWith("'")) return raw.slice(1, -1).replaceAll("''", "'");
  try {
    const value: unknown = JSON.parse(raw);
    return typeof value === 'string' ? value : raw.slice(1, -1);
  } catch {
    return raw.slice(1, -1);
  }
}
