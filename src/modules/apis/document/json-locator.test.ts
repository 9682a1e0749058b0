import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JsonLocator } from './json-locator.js';
import type { JsonPath } from './types.js';

/** Every path of a JSON value, containers and leaves. */
function pathsOf(value: unknown, prefix: JsonPath = []): JsonPath[] {
  const paths: JsonPath[] = [prefix];
  if (Array.isArray(value)) value.forEach((item, i) => paths.push(...pathsOf(item, [...prefix, i])));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) paths.push(...pathsOf(child, [...prefix, key]));
  }
  return paths;
}

const TEXTS = [
  '{"a": {"b": [1, {"c": "}"}, "[\\"]"], "d\\"e": {"f": "\\\\"}}, "g": [], "h": {}}',
  '{\n  "paths": {\n    "/x/{id}": {"get": {"responses": {"200": {"description": "a \\\\\\" b {[", "x": [[], [{}]]}}}}\n  },\n  "": "\\u005b"\n}',
  '[{"k": "v\\\\"}, ["\\\\\\\\", {"n": null}], "\\"{"]',
];

describe('JsonLocator', () => {
  it('finds the same ranges with the fast pass for valid JSON as with the character loop', () => {
    for (const text of TEXTS) {
      const paths = pathsOf(JSON.parse(text));
      const loop = new JsonLocator(text);
      const fast = new JsonLocator(text, true);
      for (const path of paths) expect(fast.rangeOf(path)).toEqual(loop.rangeOf(path));
      expect(paths.length).toBeGreaterThan(5);
    }
  });

  it('finds the same ranges both ways on a corpus document, for a sample of its paths', () => {
    const text = readFileSync(join(import.meta.dirname, '../../../../../shared/corpora/openapi/twilio-twilio-oai-api-v2010.json'), 'utf8');
    const paths = pathsOf(JSON.parse(text)).filter((_path, i) => i % 97 === 0);
    const loop = new JsonLocator(text);
    const fast = new JsonLocator(text, true);
    for (const path of paths) expect(fast.rangeOf(path)).toEqual(loop.rangeOf(path));
    expect(paths.length).toBeGreaterThan(300);
  });

  it('locates in a large document that is one string, and in an array around it', () => {
    const text = JSON.stringify('x'.repeat(400_000));
    expect(new JsonLocator(text, true).rangeOf([])).toEqual({ start: { line: 0, character: 0 }, end: { line: 0, character: 400_002 } });
    expect(new JsonLocator(`[${text}, 1]`, true).rangeOf([1])).toEqual({ start: { line: 0, character: 400_005 }, end: { line: 0, character: 400_006 } });
  });

  it('ends broken JSON at an unterminated string, as before', () => {
    const text = '{"a": {"b": 1}, "c": "open [ {';
    expect(new JsonLocator(text).rangeOf(['a', 'b'])).toEqual({ start: { line: 0, character: 7 }, end: { line: 0, character: 13 } });
  });
});
