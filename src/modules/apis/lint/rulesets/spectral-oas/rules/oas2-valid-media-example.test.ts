import { describe, expect, it } from 'vitest';
import { expectRangesAtKeys, lintWithRule } from '../rule-test-support.js';

const valid = `swagger: '2.0'
info:
  title: T
  version: 1.0.0
paths:
  /pets:
    get:
      produces: [application/json]
      responses:
        '200':
          description: ok
          schema:
            type: object
            properties:
              n:
                type: integer
          examples:
            application/json:
              n: 1
`;

const invalid = `swagger: '2.0'
info:
  title: T
  version: 1.0.0
paths:
  /pets:
    get:
      produces: [application/json]
      responses:
        '200':
          description: ok
          schema:
            type: object
            properties:
              n:
                type: integer
          examples:
            application/json:
              n: one
`;

describe('oas2-valid-media-example', () => {
  it('accepts a conforming document', () => {
    expect(lintWithRule('oas2-valid-media-example', valid)).toEqual([]);
  });

  it('reports the offending nodes with their paths and ranges', () => {
    const findings = lintWithRule('oas2-valid-media-example', invalid);
    expect(findings.map((finding) => finding.path.join('.'))).toEqual(["paths./pets.get.responses.200.examples.application/json.n"]);
    expectRangesAtKeys(invalid, findings);
  });
});
