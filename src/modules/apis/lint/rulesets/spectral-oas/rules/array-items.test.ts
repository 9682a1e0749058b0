import { describe, expect, it } from 'vitest';
import { expectRangesAtKeys, lintWithRule } from '../rule-test-support.js';

const valid = `openapi: 3.0.3
info:
  title: T
  version: 1.0.0
components:
  schemas:
    L:
      type: array
      items:
        type: string
`;

const invalid = `openapi: 3.0.3
info:
  title: T
  version: 1.0.0
components:
  schemas:
    L:
      type: array
`;

describe('array-items', () => {
  it('accepts a conforming document', () => {
    expect(lintWithRule('array-items', valid)).toEqual([]);
  });

  it('reports the offending nodes with their paths and ranges', () => {
    const findings = lintWithRule('array-items', invalid);
    expect(findings.map((finding) => finding.path.join('.'))).toEqual(["components.schemas.L"]);
    expectRangesAtKeys(invalid, findings);
  });
});
