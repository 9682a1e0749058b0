/**
 * End to end on real consecutive versions of public APIs (../shared/corpora/openapi-pairs):
 * the changes found must equal the checked-in, hand-reviewed expected files. When the
 * engine improves, regenerate with `UPDATE_PAIRS=1 npx vitest run <this file>` and review
 * the fixture diff by hand before committing.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Change, Location } from './change.js';
import { diffDocuments } from './diff.js';
import { loadSource } from './load.js';

const here = dirname(fileURLToPath(import.meta.url));
const pairs = resolve(here, '../../../../../shared/corpora/openapi-pairs');
const NOW = new Date('2026-11-28T00:00:00Z');

const PAIRS = [
  { name: 'twilio-oai-messaging-v1', ext: 'yaml' },
  { name: 'box-openapi', ext: 'json' },
  { name: 'openai-openapi', ext: 'yaml' },
] as const;

function at(location: Location | undefined): string | null {
  if (!location) return null;
  return location.line !== undefined ? `${location.pointer} (line ${location.line})` : location.pointer;
}

function expectedForm(change: Change): Record<string, string | null> {
  return {
    id: change.id,
    level: change.level,
    operation: change.operation ? `${change.operation.method} ${change.operation.path}` : null,
    message: change.message,
    base: at(change.base),
    head: at(change.head),
  };
}

describe('openapi-pairs corpus', () => {
  it.each(PAIRS)('$name matches its reviewed expected changes', ({ name, ext }) => {
    const base = loadSource(join(pairs, name, `base.${ext}`));
    const head = loadSource(join(pairs, name, `head.${ext}`));
    const actual = diffDocuments(base, head, { now: NOW }).changes.map(expectedForm);
    const file = join(here, 'fixtures', `${name}.expected.json`);
    if (process.env.UPDATE_PAIRS === '1' || !existsSync(file)) writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
    const expected: unknown = JSON.parse(readFileSync(file, 'utf8'));
    expect(actual).toEqual(expected);
  });
});
