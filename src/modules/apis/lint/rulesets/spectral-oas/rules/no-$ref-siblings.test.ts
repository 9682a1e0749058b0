import { describe, expect, it } from 'vitest';
import { expectRangesAtKeys, lintWithRule } from '../rule-test-support.js';

const valid = `openapi: 3.0.3
info:
  title: T
  version: 1.0.0
components:
  schemas:
    A:
      $ref: '#/components/schemas/B'
    B:
      type: string
`;

const invalid = `openapi: 3.0.3
info:
  title: T
  version: 1.0.0
components:
  schemas:
    A:
      $ref: '#/components/schemas/B'
      description: extra
    B:
      type: string
`;

describe('no-$ref-siblings', () => {
  it('accepts a conforming document', () => {
    expect(lintWithRule('no-$ref-siblings', valid)).toEqual([]);
  });

  it('reports the offending nodes with their paths and ranges', () => {
    const findings = lintWithRule('no-$ref-siblings', invalid);
    expect(findings.map((finding) => finding.path.join('.'))).toEqual(["components.schemas.A.description"]);
    expectRangesAtKeys(invalid, findings);
  });
});
