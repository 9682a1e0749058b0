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
});
