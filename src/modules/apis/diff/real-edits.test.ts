/**
 * Known edits applied to a real document (Twilio Messaging v1, 3.0 YAML): the engine must
 * find exactly them, attributed to every operation a shared component reaches, and
 * nothing else in the rest of the 400 KB document.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { diffDocuments } from './diff.js';
import { isObject } from './json.js';
import { loadSource } from './load.js';
import { plainSource } from './source.js';

const here = dirname(fileURLToPath(import.meta.url));
const file = join(resolve(here, '../../../../../shared/corpora/openapi-pairs'), 'twilio-oai-messaging-v1', 'head.yaml');

/** The object at a path of a parsed document (the real one, to edit in place). */
function at(value: unknown, ...keys: string[]): object {
  let node: unknown = value;
  for (const key of keys) node = isObject(node) ? node[key] : undefined;
  if (!isObject(node)) throw new Error(`no object at ${keys.join('/')}`);
  return node;
}

describe('known edits on a real document', () => {
  it('finds the edits and only them', () => {
    const base = loadSource(file);
    const edited: unknown = structuredClone(base.data);
    // 1. A response property removed from a shared component.
    expect(Reflect.deleteProperty(at(edited, 'components', 'schemas', 'messaging.v1.service', 'properties'), 'friendly_name')).toBe(true);
    // 2. A new required query parameter on one operation.
    const list = at(edited, 'paths', '/v1/Services', 'get');
    const parameters: unknown = Reflect.get(list, 'parameters');
    Reflect.set(list, 'parameters', [...(Array.isArray(parameters) ? parameters : []), { name: 'Region', in: 'query', required: true, schema: { type: 'string' } }]);

    const { changes, summary } = diffDocuments(base, plainSource(edited), { now: new Date('2026-11-28T00:00:00Z') });
    const lines = changes.map((c) => `${c.id} ${c.operation?.method ?? ''} ${c.operation?.path ?? ''}`);
    expect(lines.filter((l) => l.startsWith('new-required-request-parameter'))).toEqual(['new-required-request-parameter GET /v1/Services']);
    const removed = changes.filter((c) => c.id === 'response-optional-property-removed');
    expect(removed.length).toBeGreaterThanOrEqual(4);
    expect(removed.every((c) => c.component === '#/components/schemas/messaging.v1.service')).toBe(true);
    expect(removed.every((c) => c.base?.pointer === '#/components/schemas/messaging.v1.service/properties/friendly_name' && (c.base.line ?? 0) > 0)).toBe(true);
    expect(changes).toHaveLength(removed.length + 1);
    const group = summary.components.find((g) => g.component === '#/components/schemas/messaging.v1.service');
    expect(group?.operations.length).toBe(removed.length);
  });
});
