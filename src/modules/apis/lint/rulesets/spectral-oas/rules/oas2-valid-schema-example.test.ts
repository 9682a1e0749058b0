import { describe, expect, it } from 'vitest';
import { expectRangesAtKeys, lintWithRule } from '../rule-test-support.js';

const valid = `swagger: '2.0'
info:
  title: T
  version: 1.0.0
paths: {}
definitions:
  Age:
    type: integer
    example: 3
`;

const invalid = `swagger: '2.0'
info:
  title: T
  version: 1.0.0
paths: {}
definitions:
  Age:
    type: integer
    example: three
`;

describe('oas2-valid-schema-example', () => {
  it('accepts a conforming document', () => {
    expect(lintWithRule('oas2-valid-schema-example', valid)).toEqual([]);
  });

  it('reports the offending nodes with their paths and ranges', () => {
    const findings = lintWithRule('oas2-valid-schema-example', invalid);
    expect(findings.map((finding) => finding.path.join('.'))).toEqual(["definitions.Age.example"]);
    expectRangesAtKeys(invalid, findings);
  });
});
