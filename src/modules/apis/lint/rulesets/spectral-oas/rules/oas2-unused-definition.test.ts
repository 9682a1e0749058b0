import { describe, expect, it } from 'vitest';
import { expectRangesAtKeys, lintWithRule } from '../rule-test-support.js';

const valid = `swagger: '2.0'
info:
  title: T
  version: 1.0.0
paths:
  /a:
    get:
      responses:
        '200':
          description: ok
          schema:
            $ref: '#/definitions/A'
definitions:
  A:
    type: string
`;

const invalid = `swagger: '2.0'
info:
  title: T
  version: 1.0.0
paths: {}
definitions:
  A:
    type: string
`;

describe('oas2-unused-definition', () => {
  it('accepts a conforming document', () => {
    expect(lintWithRule('oas2-unused-definition', valid)).toEqual([]);
  });

  it('reports the offending nodes with their paths and ranges', () => {
    const findings = lintWithRule('oas2-unused-definition', invalid);
    expect(findings.map((finding) => finding.path.join('.'))).toEqual(["definitions.A"]);
    expectRangesAtKeys(invalid, findings);
  });
});
