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
                type: integer
              example: 1
`;

const invalid = `openapi: 3.0.3
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
                type: integer
              example: one
`;

describe('oas3-valid-media-example', () => {
  it('accepts a conforming document', () => {
    expect(lintWithRule('oas3-valid-media-example', valid)).toEqual([]);
  });

  it('reports the offending nodes with their paths and ranges', () => {
    const findings = lintWithRule('oas3-valid-media-example', invalid);
    expect(findings.map((finding) => finding.path.join('.'))).toEqual(["paths./pets.get.responses.200.content.application/json.example"]);
    expectRangesAtKeys(invalid, findings);
  });

  it('does not require readOnly properties in requests nor writeOnly ones in responses, through $refs and cycles', () => {
    const document = `openapi: 3.0.3
info:
  title: T
  version: 1.0.0
paths:
  /pets:
    post:
      requestBody:
        content:
          application/json:
            schema:
              $ref: '#/components/schemas/Pet'
            example: { name: Rex }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Pet'
              example: { id: 1, name: Rex }
        '201':
          description: ok
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Owner'
              example: { name: Ann }
components:
  schemas:
    Pet:
      type: object
      required: [id, name, password]
      properties:
        id: { type: integer, readOnly: true }
        name: { type: string }
        password: { type: string, writeOnly: true }
        owner: { $ref: '#/components/schemas/Owner' }
    Owner:
      type: object
      required: [name, pets]
      properties:
        name: { type: string }
        pets: { type: array, items: { $ref: '#/components/schemas/Pet' } }
`;
    const findings = lintWithRule('oas3-valid-media-example', document);
    // The request omits readOnly \`id\` but not \`password\`; the response omits writeOnly
    // \`password\`; the 201 example misses \`pets\`, which no flag excuses.
    expect(findings.map((finding) => `${finding.path.join('.')}: ${finding.message}`)).toEqual([
      'paths./pets.post.requestBody.content.application/json.example: Instance does not have required property "password".',
      'paths./pets.post.responses.201.content.application/json.example: Instance does not have required property "pets".',
    ]);
  });
});
