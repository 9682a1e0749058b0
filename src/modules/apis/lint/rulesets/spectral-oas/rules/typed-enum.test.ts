import { describe, expect, it } from 'vitest';
import { expectRangesAtKeys, lintWithRule } from '../rule-test-support.js';

const valid = `openapi: 3.0.3
info:
  title: T
  version: 1.0.0
components:
  schemas:
    N:
      type: integer
      enum: [1, 2]
`;

const invalid = `openapi: 3.0.3
info:
  title: T
  version: 1.0.0
components:
  schemas:
    N:
      type: integer
      enum: [1, 'two']
`;

describe('typed-enum', () => {
  it('accepts a conforming document', () => {
    expect(lintWithRule('typed-enum', valid)).toEqual([]);
  });

  it('reports the offending nodes with their paths and ranges', () => {
    const findings = lintWithRule('typed-enum', invalid);
    expect(findings.map((finding) => finding.path.join('.'))).toEqual(["components.schemas.N.enum.1"]);
    expectRangesAtKeys(invalid, findings);
  });
});
