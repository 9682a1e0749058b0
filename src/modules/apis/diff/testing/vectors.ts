/**
 * Test support for check vectors: tiny OpenAPI documents around one operation, and a
 * runner that diffs before/after with only the check under test and compares the
 * reported lines (`METHOD /path: Message`) with the expected ones.
 */
import { describe, expect, it } from 'vitest';
import type { Change } from '../change.js';
import type { Check } from '../check.js';
import { diffDocuments } from '../diff.js';
import { plainSource } from '../source.js';

export interface Vector {
  readonly name: string;
  readonly before: unknown;
  readonly after: unknown;
  readonly expected: readonly string[];
  readonly now?: Date;
}

export const NOW = new Date('2026-11-28T12:00:00Z');

export function line(change: Change): string {
  return change.operation ? `${change.operation.method} ${change.operation.path}: ${change.message}` : change.message;
}

export function checkVectors(check: Check, vectors: readonly Vector[]): void {
  describe(check.meta.id, () => {
    for (const vector of vectors) {
      it(vector.name, () => {
        const { changes } = diffDocuments(plainSource(vector.before), plainSource(vector.after), { checks: [check], now: vector.now ?? NOW });
        expect(changes.map(line)).toEqual(vector.expected);
        for (const change of changes) {
          expect(change.id).toBe(check.meta.id);
          expect(change.level).toBe(check.meta.level);
          expect(change.message).not.toMatch(/\{\{|\}\}/);
        }
      });
    }
  });
}

type Json = Record<string, unknown>;

/** An OpenAPI 3.0 document with the given paths (and optional extra top-level fields). */
export function api(paths: Json, extra: Json = {}): Json {
  return { openapi: '3.0.3', info: { title: 'Pets', version: '1.0.0' }, paths, ...extra };
}

/** A document whose only operation is `POST /pets` with the given operation object. */
export function operation(op: Json, extra: Json = {}): Json {
  return api({ '/pets': { post: { responses: { '200': { description: 'ok' } }, ...op } } }, extra);
}

export function withParameters(...parameters: Json[]): Json {
  return operation({ parameters });
}

/** One query parameter `limit` with the given schema (plus parameter fields). */
export function withQuery(schema: Json, fields: Json = {}): Json {
  return withParameters({ name: 'limit', in: 'query', schema, ...fields });
}

export function withRequestSchema(schema: Json, required = true): Json {
  return operation({ requestBody: { required, content: { 'application/json': { schema } } } });
}

export function withResponseSchema(schema: Json, status = '200'): Json {
  return operation({ responses: { [status]: { description: 'ok', content: { 'application/json': { schema } } } } });
}

/** An object schema with the given properties and required list. */
export function object(properties: Json, required: string[] = []): Json {
  return required.length > 0 ? { type: 'object', properties, required } : { type: 'object', properties };
}
