import { describe, expect, it } from 'vitest';
import { diffDocuments } from './diff.js';
import { InvalidDocumentError } from './document-view.js';
import { plainSource, type DiffSource } from './source.js';
import { api, line, NOW, object } from './testing/vectors.js';

const diff = (before: unknown, after: unknown) => diffDocuments(plainSource(before), plainSource(after), { now: NOW });

const ok = (schema: object) => ({ description: 'ok', content: { 'application/json': { schema } } });

describe('diffDocuments', () => {
  it('reports a change inside a shared component once per operation, grouped in the summary', () => {
    const doc = (petRequired: string[]) =>
      api(
        {
          '/pets': { get: { responses: { '200': ok({ type: 'array', items: { $ref: '#/components/schemas/Pet' } }) } } },
          '/pets/{id}': { get: { responses: { '200': ok({ $ref: '#/components/schemas/Pet' }) } } },
        },
        { components: { schemas: { Pet: object({ id: { type: 'string' }, name: { type: 'string' } }, petRequired) } } },
      );
    const result = diff(doc(['id', 'name']), doc(['id']));
    expect(result.changes.map(line)).toEqual([
      'GET /pets: The response property `items/name` for status 200 is no longer always present (became optional)',
      'GET /pets/{id}: The response property `name` for status 200 is no longer always present (became optional)',
    ]);
    expect(result.changes.every((c) => c.component === '#/components/schemas/Pet')).toBe(true);
    expect(result.summary.breaking).toBe(2);
    expect(result.summary.components).toHaveLength(1);
    expect(result.summary.components[0]?.operations.map((o) => `${o.method} ${o.path}`)).toEqual(['GET /pets', 'GET /pets/{id}']);
  });

  it('folds the places one component change reaches inside one operation into one change', () => {
    const doc = (petRequired: string[]) =>
      api(
        {
          '/pets': {
            post: {
              responses: {
                '200': ok(object({ pet: { $ref: '#/components/schemas/Pet' }, previous: { $ref: '#/components/schemas/Pet' } })),
                '201': ok({ $ref: '#/components/schemas/Pet' }),
              },
            },
          },
          '/pets/{id}': { get: { responses: { '200': ok({ $ref: '#/components/schemas/Pet' }) } } },
        },
        { components: { schemas: { Pet: object({ id: { type: 'string' }, name: { type: 'string' } }, petRequired) } } },
      );
    const result = diff(doc(['id', 'name']), doc(['id']));
    expect(result.changes.map(line)).toEqual([
      'POST /pets: The response property `pet/name` for status 200 is no longer always present (became optional)',
      'GET /pets/{id}: The response property `name` for status 200 is no longer always present (became optional)',
    ]);
    expect(result.changes.map((c) => c.occurrences)).toEqual([3, undefined]);
    expect(result.summary.breaking).toBe(2);
    expect(result.summary.components[0]?.operations.map((o) => `${o.method} ${o.path}`)).toEqual(['POST /pets', 'GET /pets/{id}']);
  });

  it('reports media types sharing one schema once', () => {
    const doc = (type: string) =>
      api({
        '/pets': {
          post: {
            requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } }, 'application/xml': { schema: { $ref: '#/components/schemas/Pet' } } } },
            responses: {},
          },
        },
      }, { components: { schemas: { Pet: object({ id: { type } }) } } });
    expect(diff(doc('string'), doc('integer')).changes.map(line)).toEqual(['POST /pets: The request property `id` changed type from string to integer']);
  });

  it('terminates on recursive schemas and still finds changes inside the cycle', () => {
    const doc = (nodeType: string) =>
      api(
        { '/tree': { get: { responses: { '200': ok({ $ref: '#/components/schemas/Node' }) } } } },
        {
          components: {
            schemas: {
              Node: object({ value: { type: nodeType }, children: { type: 'array', items: { $ref: '#/components/schemas/Node' } }, parent: { $ref: '#/components/schemas/Node' } }),
            },
          },
        },
      );
    const result = diff(doc('integer'), doc('string'));
    expect(result.changes.map(line)).toEqual(['GET /tree: The response property `value` for status 200 changed type from integer to string']);
  });

  it('survives $ref loops, dangling refs and junk without throwing', () => {
    const doc = api(
      { '/x': { get: { parameters: [{ $ref: '#/components/parameters/Nope' }, 'junk', null], responses: { '200': ok({ $ref: '#/components/schemas/A' }) } } } },
      { components: { schemas: { A: { $ref: '#/components/schemas/B' }, B: { $ref: '#/components/schemas/A' } } } },
    );
    expect(() => diff(doc, doc)).not.toThrow();
    expect(diff(doc, doc).changes).toEqual([]);
  });

  it('gives pointers and lines in both documents', () => {
    const before = object({ name: { type: 'string' } });
    const after = object({ name: { type: 'integer' } });
    const lines: DiffSource['lineOf'] = (pointer) => pointer.length;
    const base = { ...plainSource(api({ '/p': { post: { requestBody: { content: { 'application/json': { schema: before } } }, responses: {} } } })), lineOf: lines };
    const head = { ...plainSource(api({ '/p': { post: { requestBody: { content: { 'application/json': { schema: after } } }, responses: {} } } })), lineOf: lines };
    const [change] = diffDocuments(base, head).changes;
    const pointer = '#/paths/~1p/post/requestBody/content/application~1json/schema/properties/name';
    expect(change?.base).toEqual({ pointer, line: pointer.length });
    expect(change?.head).toEqual({ pointer, line: pointer.length });
  });

  it('refuses to compare different major versions and non-OpenAPI input', () => {
    expect(() => diff({ swagger: '2.0', paths: {} }, api({}))).toThrow(InvalidDocumentError);
    expect(() => diff({ hello: 'world' }, api({}))).toThrow(/not an OpenAPI document/);
    expect(() => diff(api({}), { ...api({}), openapi: '3.1.0' })).not.toThrow();
  });

  it('finds nothing between a document and itself', () => {
    const doc = api({ '/pets': { post: { requestBody: { content: { 'application/json': { schema: object({ a: { type: 'string' } }, ['a']) } } }, responses: { '201': ok(object({ id: { type: 'string' } })) } } } });
    expect(diff(doc, structuredClone(doc)).changes).toEqual([]);
  });
});

describe('fast path', () => {
  it('compares only the parts of an unchanged operation that reach the edited component (2.0 body and responses)', () => {
    const doc = (required: string[]) => ({
      swagger: '2.0',
      info: { title: 't', version: '1' },
      paths: {
        '/pets': {
          parameters: [{ name: 'trace', in: 'header', type: 'string' }],
          post: {
            parameters: [{ name: 'body', in: 'body', required: true, schema: { $ref: '#/definitions/Pet' } }, { name: 'dry', in: 'query', type: 'boolean' }],
            responses: { '200': { description: 'ok', schema: { $ref: '#/definitions/Pet' } }, '400': { description: 'bad', schema: { $ref: '#/definitions/Error' } } },
          },
        },
      },
      definitions: { Pet: { type: 'object', required, properties: { id: { type: 'string' }, name: { type: 'string' } } }, Error: { type: 'object' } },
    });
    expect(diff(doc(['id']), doc(['id', 'name'])).changes.map(line)).toEqual([
      'POST /pets: The request property `name` became required',
      'POST /pets: The response property `name` for status 200 is now always present (became required)',
    ]);
  });

  it('still reports a change reached only through a reusable parameter and an unchanged operation', () => {
    const doc = (max: number) =>
      api(
        { '/pets': { get: { parameters: [{ $ref: '#/components/parameters/Limit' }], responses: {} } } },
        { components: { parameters: { Limit: { name: 'limit', in: 'query', schema: { $ref: '#/components/schemas/Limit' } } }, schemas: { Limit: { type: 'integer', maximum: max } } } },
      );
    expect(diff(doc(100), doc(50)).changes.map(line)).toEqual(['GET /pets: The maximum of the query parameter `limit` was lowered from 100 to 50']);
  });
});
