import { doubled } from './int32-array.js';
import { LineIndex } from './line-index.js';
import type { JsonPath, Locator, Range } from './types.js';

/** Offsets of one member of a container: its key (objects only) and its value. */
interface Member {
  readonly keyStart: number;
  readonly valueStart: number;
  readonly valueEnd: number;
}

type ContainerIndex = Map<string, Member> | Member[];

const SPACE = 32, TAB = 9, LF = 10, CR = 13, QUOTE = 34, BACKSLASH = 92;
const LBRACE = 123, RBRACE = 125, LBRACKET = 91, RBRACKET = 93, COMMA = 44, COLON = 58;

/**
 * Source positions for JSON text, computed lazily. The data itself comes from the native
 * `JSON.parse` (fastest); positions are only needed for the few paths that get findings, so
 * each container on such a path is scanned once when first asked for and cached by offset.
 */
export class JsonLocator implements Locator {
  private readonly text: string;
  private readonly containers = new Map<number, ContainerIndex>();
  private lines: LineIndex | undefined;
  private rootEnd: number | undefined;
  /** Start offsets of every container (ascending) and, at the same index, their ends. */
  private starts: Int32Array | undefined;
  private ends: Int32Array | undefined;

  /**
   * `validJson`: the text is known to be valid JSON (`JSON.parse` accepted it), so the faster
   * structural pass may be used; broken text keeps the character loop, whose handling of an
   * unterminated string (it ends the text) positions are computed with.
   */
  constructor(text: string, private readonly validJson = false) {
    this.text = text;
  }

  rangeOf(path: JsonPath, closest = true): Range | undefined {
    const text = this.text;
    let start = this.skipSpace(0);
    if (start >= text.length) return undefined;
    let rangeStart = start;
    // The root's end is computed once: it is the whole text.
    let end = (this.rootEnd ??= this.skipValue(start));
    for (const segment of path) {
      const index = this.indexOf(start);
      if (index === undefined) return closest ? this.toRange(rangeStart, end) : undefined;
      const member = Array.isArray(index)
        ? typeof segment === 'number' || /^\d+$/.test(segment) ? index[Number(segment)] : undefined
        : index.get(String(segment));
      if (member === undefined) return closest ? this.toRange(rangeStart, end) : undefined;
      start = member.valueStart;
      rangeStart = member.keyStart;
      end = member.valueEnd;
    }
    return this.toRange(rangeStart, end);
  }

  private toRange(from: number, to: number): Range {
    this.lines ??= new LineIndex(this.text);
    return { start: this.lines.position(from), end: this.lines.position(to) };
  }

  private indexOf(offset: number): ContainerIndex | undefined {
    const cached = this.containers.get(offset);
    if (cached !== undefined) return cached;
    const code = this.text.charCodeAt(offset);
    let index: ContainerIndex | undefined;
    if (code === LBRACE) index = this.indexObject(offset);
    else if (code === LBRACKET) index = this.indexArray(offset);
    if (index !== undefined) this.containers.set(offset, index);
    return index;
  }

  private indexObject(offset: number): Map<string, Member> {
    const text = this.text;
    const members = new Map<string, Member>();
    let at = this.skipSpace(offset + 1);
    while (at < text.length && text.charCodeAt(at) === QUOTE) {
      const keyStart = at;
      const keyEnd = this.skipString(at);
      const raw = text.slice(keyStart + 1, keyEnd - 1);
      const key = raw.includes('\\') ? safeParseString(text.slice(keyStart, keyEnd)) : raw;
      at = this.skipSpace(keyEnd);
      if (text.charCodeAt(at) === COLON) at = this.skipSpace(at + 1);
      const valueStart = at;
      const valueEnd = this.skipValue(at);
      // Like JSON.parse, the last duplicate key wins.
      members.set(key, { keyStart, valueStart, valueEnd });
      at = this.skipSpace(valueEnd);
      if (text.charCodeAt(at) !== COMMA) break;
      at = this.skipSpace(at + 1);
    }
    return members;
  }

  private indexArray(offset: number): Member[] {
    const text = this.text;
    const members: Member[] = [];
    let at = this.skipSpace(offset + 1);
    while (at < text.length && text.charCodeAt(at) !== RBRACKET) {
      const valueEnd = this.skipValue(at);
      members.push({ keyStart: at, valueStart: at, valueEnd });
      at = this.skipSpace(valueEnd);
      if (text.charCodeAt(at) !== COMMA) break;
      at = this.skipSpace(at + 1);
    }
    return members;
  }

  private skipSpace(at: number): number {
    const text = this.text;
    for (;;) {
      const code = text.charCodeAt(at);
      if (code === SPACE || code === LF || code === CR || code === TAB) at++;
      else return at;
    }
  }

  private skipString(at: number): number {
    const text = this.text;
    let i = at + 1;
    for (;;) {
      const next = text.indexOf('"', i);
      if (next === -1) return text.length;
      // Count the backslashes before the quote: an even number means it closes the string.
      let slashes = 0;
      for (let j = next - 1; text.charCodeAt(j) === BACKSLASH; j--) slashes++;
      if (slashes % 2 === 0) return next + 1;
      i = next + 1;
    }
  }

  /**
   * One pass over the text recording where every container starts and ends, so that skipping
   * a nested object or array later is a binary search instead of a rescan (a path of depth d
   * would otherwise scan the bytes under it d times).
   */
  private structure(): { starts: Int32Array; ends: Int32Array } {
    if (this.starts !== undefined && this.ends !== undefined) return { starts: this.starts, ends: this.ends };
    if (this.validJson) return this.structureOfValidJson();
    const text = this.text;
    const length = text.length;
    let starts = new Int32Array(1024);
    let ends = new Int32Array(1024);
    let count = 0;
    const open: number[] = [];
    let i = 0;
    while (i < length) {
      const c = text.charCodeAt(i);
      if (c === QUOTE) {
        i = this.skipString(i);
        continue;
      }
      if (c === LBRACE || c === LBRACKET) {
        if (count === starts.length) {
          starts = doubled(starts);
          ends = doubled(ends);
        }
        starts[count] = i;
        ends[count] = length;
        open.push(count);
        count++;
      } else if (c === RBRACE || c === RBRACKET) {
        const index = open.pop();
        if (index !== undefined) ends[index] = i + 1;
      }
      i++;
    }
    this.starts = starts.subarray(0, count);
    this.ends = ends.subarray(0, count);
    return { starts: this.starts, ends: this.ends };
  }

  /**
   * `structure` for valid JSON, ~2x faster on large documents: a global regular expression
   * steps from one string or bracket to the next (whole strings and the space between tokens
   * are scanned by the regular expression engine, not a JavaScript loop), and `test` allocates
   * no match. A match ending in a quote was a string; otherwise it was the bracket before
   * `lastIndex`. Only for valid JSON, where every string is closed.
   */
  private structureOfValidJson(): { starts: Int32Array; ends: Int32Array } {
    const text = this.text;
    const length = text.length;
    let starts = new Int32Array(1024);
    let ends = new Int32Array(1024);
    let count = 0;
    let open = new Int32Array(64);
    let depth = 0;
    const token = /"[^"\\]*(?:\\[^][^"\\]*)*"|[{}[\]]/g;
    while (token.test(text)) {
      const at = token.lastIndex - 1;
      const c = text.charCodeAt(at);
      if (c === QUOTE) continue;
      if (c === LBRACE || c === LBRACKET) {
        if (count === starts.length) {
          starts = doubled(starts);
          ends = doubled(ends);
        }
        if (depth === open.length) open = doubled(open);
        starts[count] = at;
        ends[count] = length;
        open[depth++] = count;
        count++;
      } else if (depth > 0) {
        ends[open[--depth] ?? 0] = at + 1;
      }
    }
    this.starts = starts.subarray(0, count);
    this.ends = ends.subarray(0, count);
    return { starts: this.starts, ends: this.ends };
  }

  /** End of the container starting at `at` (from the structural index). */
  private containerEnd(at: number): number {
    const { starts, ends } = this.structure();
    let lo = 0;
    let hi = starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const start = starts[mid] ?? 0;
      if (start === at) return ends[mid] ?? this.text.length;
      if (start < at) lo = mid + 1;
      else hi = mid - 1;
    }
    return this.text.length;
  }

  /** Returns the offset just past the value starting at `at`. */
  private skipValue(at: number): number {
    const text = this.text;
    const code = text.charCodeAt(at);
    if (code === QUOTE) return this.skipString(at);
    if (code === LBRACE || code === LBRACKET) return this.containerEnd(at);
    let i = at;
    const length = text.length;
    while (i < length) {
      const c = text.charCodeAt(i);
      if (c === COMMA || c === RBRACE || c === RBRACKET || c === SPACE || c === LF || c === CR || c === TAB) break;
      i++;
    }
    return i;
  }
}

function safeParseString(quoted: string): string {
  try {
    const value: unknown = JSON.parse(quoted);
    return typeof value === 'string' ? value : quoted;
  } catch {
    return quoted.slice(1, -1);
  }
}
