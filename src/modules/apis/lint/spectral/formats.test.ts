import { fullFormats as ajvFormats } from 'ajv-formats/dist/formats.js';
import { describe, expect, it } from 'vitest';
import { fullFormats, uri } from './formats.js';

const fullUri = ajvFormats.uri as (text: string) => boolean;
const fullUriReference = ajvFormats['uri-reference'] as RegExp;
const quickUriReference = fullFormats['uri-reference'] as RegExp;

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  'http', 'https', 'HTTPS', 'urn', 'x-1.a+b', '1abc', ':', '://', '//', '/', '#', '?', '@', '[', ']', '::1', 'v1.x', '%20', '%7b', '%zz', '%',
  'api.example.com', 'user:pw@', ':8080', ':', 'a', 'Z', '0', '-', '.', '_', '~', '!', '$', '&', "'", '(', ')', '*', '+', ',', ';', '=', '"',
  '{id}', '{', '}', ' ', '\\', '^', '`', '|', '<', '>', 'é', '\u212a', '\u017f', '\n', 'components', 'schemas', 'Pet', '192.168.0.1', '[::1]', '[v1.a]',
  '#/components/schemas/Pet', '#/paths/~1pets/get', './pets.yaml', '../a/b.json#/x', 'mailto:a@b.c', 'file:///tmp/x',
];

const VALID_CHARS = "abcXYZ019-._~!$&'()*+,;=:@%2F";
const ODD_CHARS = ['%', '%g1', '"', '{', '}', ' ', '#', '?', '/', '[', ']', 'é', '\\'];

/** Random strings: half pieces glued at random, half URI-shaped with an occasional odd character. */
function strings(count: number, seed: number): string[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const run = (max: number) => {
    let text = '';
    const length = Math.floor(next() * max);
    for (let j = 0; j < length; j++) text += next() < 0.04 ? pick(ODD_CHARS) : (VALID_CHARS[Math.floor(next() * VALID_CHARS.length)] ?? '');
    return text;
  };
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let text = '';
    if (next() < 0.5) {
      const length = Math.floor(next() * 8);
      for (let j = 0; j < length; j++) text += pick(PIECES);
    } else {
      if (next() < 0.7) text += `${pick(['http', 'https', 'a1+.-', 'urn', '1x'])}:`;
      if (next() < 0.7) text += pick(['//', '/', '']);
      text += run(12);
      if (next() < 0.5) text += `:${String(Math.floor(next() * 70000))}`;
      for (let k = Math.floor(next() * 4); k > 0; k--) text += `/${run(8)}`;
      if (next() < 0.3) text += `?${run(10)}`;
      if (next() < 0.3) text += `#${run(10)}`;
    }
    out.push(text);
  }
  return out;
}

const COMMON = [
  '', '#', '#/components/schemas/Pet', '#/paths/~1pets~1{id}/get', '#/definitions/io.k8s.api.core.v1.Pod', 'https://api.twilio.com/2010-04-01/Accounts.json',
  'https://api.twilio.com/2010-04-01/Accounts/AC123/Calls.json?Page=1&PageSize=50', '/2010-04-01/Accounts/{AccountSid}/Calls.json', 'http://[::1]:80/x',
  'https://example.com/a%20b', 'pets.yaml#/Pet', 'urn:isbn:0451450523', 'http://a b', 'HTTP://EXAMPLE.COM/', 'ftp://x', 'x:', 'http:', 'http://',
];

describe('quick uri and uri-reference formats', () => {
  const samples = [...COMMON, ...strings(30_000, 20261205)];

  it('answer exactly as ajv-formats does for uri', () => {
    const differences = samples.filter((text) => uri(text) !== fullUri(text));
    expect(differences).toEqual([]);
  });

  it('answer exactly as ajv-formats does for uri-reference', () => {
    const differences = samples.filter((text) => quickUriReference.test(text) !== fullUriReference.test(text));
    expect(differences).toEqual([]);
  });

  it('keep uri-reference a regular expression and every other format as it is', () => {
    expect(quickUriReference).toBeInstanceOf(RegExp);
    expect(quickUriReference.source).toBe(fullUriReference.source);
    for (const name of Object.keys(ajvFormats).filter((format) => format !== 'uri' && format !== 'uri-reference')) {
      expect(fullFormats[name as keyof typeof fullFormats]).toBe(ajvFormats[name as keyof typeof ajvFormats]);
    }
  });

  it('cover both answers in the samples', () => {
    const matching = samples.filter((text) => fullUri(text)).length;
    const matchingReferences = samples.filter((text) => fullUriReference.test(text)).length;
    expect(matching).toBeGreaterThan(1000);
    expect(samples.length - matching).toBeGreaterThan(1000);
    expect(matchingReferences).toBeGreaterThan(1000);
    expect(samples.length - matchingReferences).toBeGreaterThan(1000);
  });
});
