import { describe, expect, it } from 'vitest';
import { expectRangesAtKeys, lintWithRule } from '../rule-test-support.js';

const valid = `openapi: 3.0.3
info:
  title: T
  version: 1.0.0
paths: {}
components:
  examples:
    A:
      value: 1
`;

const invalid = `openapi: 3.0.3
info:
  title: T
  version: 1.0.0
paths: {}
components:
  examples:
    A:
      summary: none
`;

describe('oas3-examples-value-or-externalValue', () => {
  it('accepts a conforming document', () => {
    expect(lintWithRule('oas3-examples-value-or-externalValue', valid)).toEqual([]);
  });

  it('reports the offending nodes with their paths and ranges', () => {
    const findings = lintWithRule('oas3-examples-value-or-externalValue', invalid);
    expect(findings.map((finding) => finding.path.join('.'))).toEqual(["components.examples.A"]);
    expectRangesAtKeys(invalid, findings);
  });
});
