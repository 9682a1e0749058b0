import { doubled } from './int32-array.js';
import type { Position } from './types.js';

/** Offsets of line starts, to turn text offsets into 0-based line/character positions. */
export class LineIndex {
  /** Line starts in `starts[0, count)`: a typed array sized from the text (about one line per 32 characters), doubled if short. */
  private readonly starts: Int32Array<ArrayBuffer>;
  private readonly count: number;

  constructor(text: string) {
    let starts = new Int32Array(Math.max(1024, text.length >> 5));
    let count = 1;
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
      if (count === starts.length) starts = doubled(starts);
      starts[count++] = at + 1;
    }
    this.starts = starts;
    this.count = count;
  }

  get lineCount(): number {
    return this.count;
  }

  lineStart(line: number): number {
    return line >= 0 && line < this.count ? (this.starts[line] ?? 0) : 0;
  }

  position(offset: number): Position {
    const starts = this.starts;
    let lo = 0;
    let hi = this.count - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - (starts[lo] ?? 0) };
  }
}
