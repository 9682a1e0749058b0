import { describe, expect, it } from 'vitest';
import { expectRangesAtKeys, lintWithRule } from '../rule-test-support.js';

const valid = `openapi: 3.0.3
info:
  title: T
  version: 1.0.0
paths: {}
components:
  schemas:
    Age:
      type: integer
      example: 3
`;

const invalid = `openapi: 3.0.3
info:
  title: T
  version: 1.0.0
paths: {}
components:
  schemas:
    Age:
      type: integer
      example: three
`;

describe('oas3-valid-schema-example', () => {
  it('accepts a conforming document', () => {
    expect(lintWithRule('oas3-valid-schema-example', valid)).toEqual([]);
  });

  it('reports the offending nodes with their paths and ranges', () => {
    const findings = lintWithRule('oas3-valid-schema-example', invalid);
    expect(findings.map((finding) => finding.path.join('.'))).toEqual(["components.schemas.Age.example"]);
    expectRangesAtKeys(invalid, findings);
  });

  it('does not apply number formats to strings, as Ajv (a string example with format int32 is fine)', () => {
    const text = valid.replace('type: integer\n      example: 3', 'type: string\n      format: int32\n      example: "3650"');
    expect(lintWithRule('oas3-valid-schema-example', text)).toEqual([]);
  });
});
