import { describe, expect, it } from 'vitest';
import { sortFindings } from './lint.js';
import type { LintFinding } from './types.js';

const at = (line: number, character: number) => ({ start: { line, character }, end: { line, character: character + 1 } });
const finding = (code: string, line = 3, character = 4, path: string[] = ['paths']): LintFinding => ({ code, message: code, path, severity: 1, range: at(line, character), source: '/api.json' });

describe('sortFindings', () => {
  it('orders findings at one place by code as Spectral does (numeric-aware), then by path', () => {
    const codes = ['oas3-schema', 'oas2-schema', 'rule10', 'rule9', 'rule-9', 'a', 'oas3_1-servers-in-webhook', 'oas3-schema'];
    const sorted = sortFindings(codes.map((code, i) => finding(code, 3, 4, ['paths', String(codes.length - i)])));
    const expected = [...codes].sort((a, b) => a.localeCompare(b, undefined, { numeric: true }));
    expect(sorted.map((f) => f.code)).toEqual(expected);
    expect(sorted.filter((f) => f.code === 'oas3-schema').map((f) => f.path[1])).toEqual(['1', '8']);
  });

  it('orders by line and character before code', () => {
    const sorted = sortFindings([finding('b', 2, 0), finding('a', 2, 5), finding('c', 1, 9)]);
    expect(sorted.map((f) => f.code)).toEqual(['c', 'b', 'a']);
  });
});
