import { describe, expect, it } from 'vitest';
import { expectRangesAtKeys, lintWithRule } from '../rule-test-support.js';

const valid = `openapi: 3.0.3
info:
  title: T
  version: 1.0.0
paths:
  /pets:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/A'
components:
  schemas:
    A:
      type: string
`;

const invalid = `openapi: 3.0.3
info:
  title: T
  version: 1.0.0
paths: {}
components:
  schemas:
    A:
      type: string
`;

describe('oas3-unused-component', () => {
  it('accepts a conforming document', () => {
    expect(lintWithRule('oas3-unused-component', valid)).toEqual([]);
  });

  it('reports the offending nodes with their paths and ranges', () => {
    const findings = lintWithRule('oas3-unused-component', invalid);
    expect(findings.map((finding) => finding.path.join('.'))).toEqual(["components.schemas.A"]);
    expectRangesAtKeys(invalid, findings);
  });

  it('finds $refs in JSON text as in the parsed tree: not in strings, not a property named $ref, escapes decoded', () => {
    const json = String.raw`{
  "openapi": "3.0.3",
  "info": { "title": "T", "version": "1.0.0", "description": "see \"$ref\": \"#/components/schemas/B\"" },
  "paths": { "/a": { "get": { "responses": { "200": { "description": "ok",
    "content": { "application/json": { "schema": { "$ref" : "#\/components\/schemas\/D" } } } } } } } },
  "components": { "schemas": {
    "A": { "type": "object", "properties": { "$ref": { "$ref": "#/components/schemas/C" } }, "enum": ["$ref"] },
    "B": { "type": "string" },
    "C": { "type": "string" },
    "D": { "$ref": "#/components/schemas/A" }
  } }
}`;
    const paths = (extension: 'json' | 'yaml') => lintWithRule('oas3-unused-component', json, extension).map((finding) => finding.path.join('.'));
    expect(paths('json')).toEqual(['components.schemas.B']);
    expect(paths('yaml')).toEqual(paths('json'));
  });
});

