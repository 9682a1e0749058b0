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
});
