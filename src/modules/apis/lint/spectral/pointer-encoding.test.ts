import { describe, expect, it } from 'vitest';
import { encodePointer as cfworkerEncode, escapePointer as cfworkerEscape } from '@cfworker/json-schema';
import { encodePointer, escapePointer } from './pointer-encoding.js';

const KEYS = ['', 'a', 'first_page_uri', 'x-example', 'v1.2', 'a/b', 'a~b', '~1', 'a b', 'é', '😀', '#frag', '%20', 'a?b', '[0]', 'application/json', '200', '$ref', 'a\u0000b', 'ümlaut/ß'];

describe('pointer encoding (cfworker’s, with a quick answer for plain keys)', () => {
  it.each(KEYS)('encodes %j exactly as cfworker does', (key) => {
    expect(encodePointer(key)).toBe(cfworkerEncode(key));
    expect(escapePointer(key)).toBe(cfworkerEscape(key));
  });

  it('agrees on every printable ASCII character, alone and in a key', () => {
    for (let code = 32; code < 127; code++) {
      const char = String.fromCharCode(code);
      expect(encodePointer(char)).toBe(cfworkerEncode(char));
      expect(encodePointer(`key${char}name`)).toBe(cfworkerEncode(`key${char}name`));
    }
  });
});
