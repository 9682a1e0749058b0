import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readUtf8File } from './read-utf8.js';

describe('readUtf8File', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gw-read-utf8-'));
  it.each([
    ['ASCII', Buffer.from('openapi: 3.0.0\ninfo: {title: x}\n')],
    ['UTF-8 letters and emoji', Buffer.from('title: café ☕ 😀\n')],
    ['a byte order mark', Buffer.from('\uFEFFopenapi: 3.1.0\n')],
    ['bytes that are not UTF-8', Buffer.from([0x61, 0xff, 0xfe, 0x62, 0x0a])],
    ['an empty file', Buffer.alloc(0)],
    ['large ASCII', Buffer.from('{"a": "x"}\n'.repeat(20_000))],
    ['ASCII, then a non-ASCII letter far into the file', Buffer.from(`${'a'.repeat(100_000)}é${'b'.repeat(70_000)}`)],
  ])('reads %s as UTF-8 decoding does', (name, bytes) => {
    const file = join(dir, `${name}.txt`);
    writeFileSync(file, bytes);
    expect(readUtf8File(file)).toBe(readFileSync(file, 'utf8'));
  });

  it('throws as readFileSync does for a missing file or a directory', () => {
    expect(() => readUtf8File(join(dir, 'missing.yaml'))).toThrow(/ENOENT/);
    expect(() => readUtf8File(dir)).toThrow(/EISDIR/);
  });
});
