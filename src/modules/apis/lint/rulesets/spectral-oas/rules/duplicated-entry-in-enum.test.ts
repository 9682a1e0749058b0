import { describe, expect, it } from 'vitest';
import { expectRangesAtKeys, lintWithRule } from '../rule-test-support.js';

const valid = `openapi: 3.0.3
info:
  title: T
  version: 1.0.0
components:
  schemas:
    Kind:
      type: string
      enum: [a, b]
`;

const invalid = `openapi: 3.0.3
info:
  title: T
  version: 1.0.0
components:
  schemas:
    Kind:
      type: string
      enum: [a, a]
`;

describe('duplicated-entry-in-enum', () => {
  it('accepts a conforming document', () => {
    expect(lintWithRule('duplicated-entry-in-enum', valid)).toEqual([]);
  });

  it('reports the offending nodes with their paths and ranges', () => {
    const findings = lintWithRule('duplicated-entry-in-enum', invalid);
    expect(findings.map((finding) => finding.path.join('.'))).toEqual(["components.schemas.Kind.enum"]);
    expectRangesAtKeys(invalid, findings);
  });
});
