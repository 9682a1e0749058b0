import { describe, expect, it } from 'vitest';
import { expectRangesAtKeys, lintWithRule } from '../rule-test-support.js';

const valid = `openapi: 3.0.3
info:
  title: T
  version: 1.0.0
paths:
  /pets:
    get: {}
`;

const invalid = `openapi: 3.0.3
info:
  title: T
  version: 1.0.0
paths:
  /pets?limit=1:
    get: {}
`;

describe('path-not-include-query', () => {
  it('accepts a conforming document', () => {
    expect(lintWithRule('path-not-include-query', valid)).toEqual([]);
  });

  it('reports the offending nodes with their paths and ranges', () => {
    const findings = lintWithRule('path-not-include-query', invalid);
    expect(findings.map((finding) => finding.path.join('.'))).toEqual(["paths./pets?limit=1"]);
    expectRangesAtKeys(invalid, findings);
  });
});
