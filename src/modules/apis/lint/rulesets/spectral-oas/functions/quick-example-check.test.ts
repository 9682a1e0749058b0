import { join } from 'node:path';
import type { SchemaDraft } from '@cfworker/json-schema';
import { describe, expect, it } from 'vitest';
import { isRecord, loadDocument, type ParsedDocument, parseDocument } from '../../../../document/index.js';
import type { Dialect } from '../../../spectral/ajv-validators.js';
import { validateByInterpreter } from './document-validators.js';
import { certainlyValid } from './quick-example-check.js';

const DIALECT: Record<SchemaDraft, Dialect> = { '4': 'draft4', '7': 'draft7', '2019-09': 'draft2019-09', '2020-12': 'draft2020-12' };

function interpreterAccepts(document: ParsedDocument, draft: SchemaDraft, schema: unknown, value: unknown): boolean {
  return validateByInterpreter(document, document.source, DIALECT[draft], schema, value).length === 0;
}

const components = {
  Name: { type: 'string', minLength: 2 },
  Pet: { type: 'object', required: ['name'], properties: { name: { $ref: '#/components/schemas/Name' }, tag: { type: 'string', nullable: true } } },
  Loop: { $ref: '#/components/schemas/Loop' },
};
const document = parseDocument(JSON.stringify({ openapi: '3.0.3', info: { title: 't', version: '1' }, paths: {}, components: { schemas: components } }), { source: '/api.json' });

/** [schema, value, valid]: cfworker's answer (checked below), and whether the quick check gives it. */
const vectors: [unknown, unknown, boolean][] = [
  [{ type: 'string' }, 'x', true],
  [{ type: 'string' }, 1, false],
  [{ type: 'integer' }, 3, true],
  [{ type: 'integer' }, 3.5, false],
  [{ type: 'number' }, 3, true],
  [{ type: ['string', 'integer'] }, 7, true],
  [{ type: 'string', nullable: true }, null, true],
  [{ type: 'string', 'x-nullable': true }, null, true],
  [{ type: 'string' }, null, false],
  [{ nullable: true }, 'anything', true],
  [{ type: 'string', format: 'date-time' }, '2020-01-01T10:00:00Z', true],
  [{ type: 'string', format: 'date-time' }, 'yesterday', false],
  [{ type: 'string', format: 'no-such-format' }, 'x', true],
  [{ type: 'string', format: 'toString' }, 'x', false],
  [{ type: 'string', minLength: 2, maxLength: 3 }, 'ab', true],
  [{ type: 'string', maxLength: 1 }, '😀', true],
  [{ type: 'string', maxLength: 1 }, 'ab', false],
  [{ type: 'string', pattern: '^[a-z]+$' }, 'abc', true],
  [{ type: 'string', pattern: '^[a-z]+$' }, 'ABC', false],
  [{ type: 'string', pattern: '(' }, 'x', false],
  [{ type: 'number', minimum: 1, maximum: 2 }, 1.5, true],
  [{ type: 'number', maximum: 2 }, 3, false],
  [{ type: 'number', exclusiveMaximum: 2 }, 1, false],
  [{ enum: ['a', 'b'] }, 'b', true],
  [{ enum: ['a', 'b'] }, 'c', false],
  [{ enum: [{ a: 1 }] }, { a: 1 }, true],
  [{ const: 5 }, 5, true],
  [{ const: 5 }, 6, false],
  [{ type: 'object', required: ['a'], properties: { a: { type: 'string' } } }, { a: 'x', b: 1 }, true],
  [{ type: 'object', required: ['a'] }, { b: 1 }, false],
  [{ type: 'object', properties: { a: { type: 'string' } } }, { a: 1 }, false],
  [{ type: 'object', properties: { a: { type: 'string' } }, additionalProperties: false }, { a: 'x' }, true],
  [{ type: 'object', properties: { a: { type: 'string' } }, additionalProperties: false }, { a: 'x', b: 1 }, false],
  [{ type: 'object', additionalProperties: { type: 'integer' } }, { a: 1, b: 2 }, true],
  [{ type: 'object', minProperties: 1, maxProperties: 1 }, { a: 1 }, true],
  [{ type: 'object', maxProperties: 1 }, { a: 1, b: 2 }, false],
  [{ type: 'array', items: { type: 'integer' }, minItems: 1, maxItems: 3 }, [1, 2], true],
  [{ type: 'array', items: { type: 'integer' } }, [1, 'x'], false],
  [{ type: 'array', uniqueItems: true }, [1, 2, { a: 1 }], true],
  [{ type: 'array', uniqueItems: true }, [{ a: 1 }, { a: 1 }], false],
  [{ type: 'array', items: [{ type: 'integer' }] }, [1], false],
  [{ allOf: [{ type: 'object' }, { required: ['a'] }] }, { a: 1 }, true],
  [{ allOf: [{ type: 'object' }, { required: ['a'] }] }, { b: 1 }, false],
  [{ anyOf: [{ type: 'string' }, { type: 'integer' }] }, 2, true],
  [{ anyOf: [{ type: 'string' }, { type: 'integer' }] }, true, false],
  [{ oneOf: [{ type: 'string' }, { type: 'integer' }] }, 2, false],
  [{ not: { type: 'string' } }, 2, false],
  [{ $ref: '#/components/schemas/Pet' }, { name: 'Rex', tag: null }, true],
  [{ $ref: '#/components/schemas/Pet' }, { name: 'R' }, false],
  [{ $ref: '#/components/schemas/Nowhere' }, 'x', false],
  [{ $ref: '#/components/schemas/Loop' }, 'x', false],
  [true, { any: 'thing' }, true],
  [false, 1, false],
];

describe('certainlyValid', () => {
  it.each(vectors)('answers for %j and %j as expected, never "valid" where cfworker finds an error', (schema, value, quick) => {
    for (const draft of ['4', '7', '2020-12'] as const) {
      const valid = interpreterAccepts(document, draft, schema, value);
      const answer = certainlyValid(document, document.source, draft, schema, value);
      if (answer) expect(valid).toBe(true);
      expect(answer).toBe(quick);
    }
  });

  it('follows drafts 4 and 7 in ignoring the keywords beside a $ref, and later drafts in applying them', () => {
    const schema = { $ref: '#/components/schemas/Name', maxLength: 3 };
    for (const draft of ['4', '7', '2020-12'] as const) {
      expect(interpreterAccepts(document, draft, schema, 'abcdef')).toBe(draft !== '2020-12');
      expect(certainlyValid(document, document.source, draft, schema, 'abcdef')).toBe(draft !== '2020-12');
    }
  });

  const corpus = join(import.meta.dirname, '../../../../../../../../shared/corpora/openapi');
  it.each([
    ['twilio-twilio-oai-api-v2010.json', '4'],
    ['box-box-openapi-openapi.json', '4'],
    ['discord-discord-api-spec-openapi.json', '2020-12'],
    ['kubernetes-client-python-swagger.json', '4'],
  ] as const)('never says "valid" where cfworker finds an error, for the schemas and examples of %s', (file, draft) => {
    const loaded = loadDocument(join(corpus, file));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const corpusDocument = loaded.document;
    const schemas: Record<string, unknown>[] = [];
    const examples: unknown[] = ['text', '2021-03-04T05:06:07Z', 'https://example.com/a', 0, 12, -1.5, true, null, {}, []];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (isRecord(node)) {
        if ('example' in node || 'default' in node) {
          schemas.push(node);
          if (examples.length < 400) examples.push(node['example'] ?? node['default']);
        }
        for (const key in node) walk(node[key]);
      }
    };
    walk(corpusDocument.data);
    let certain = 0;
    schemas.slice(0, 1500).forEach((schema, i) => {
      const own = schema['example'] ?? schema['default'];
      for (const value of [own, ...examples.slice(i % 40, (i % 40) + 12)]) {
        if (!certainlyValid(corpusDocument, corpusDocument.source, draft, schema, value)) continue;
        certain++;
        expect(interpreterAccepts(corpusDocument, draft, schema, value), JSON.stringify({ schema, value })).toBe(true);
      }
    });
    expect(certain).toBeGreaterThan(30);
  }, 60_000);
});
