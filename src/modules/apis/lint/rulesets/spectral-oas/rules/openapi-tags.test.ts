import { describe, expect, it } from 'vitest';
import { expectRangesAtKeys, lintWithRule } from '../rule-test-support.js';

const valid = `openapi: 3.0.3
info:
  title: T
  version: 1.0.0
tags:
  - name: a
`;

const invalid = `openapi: 3.0.3
info:
  title: T
  version: 1.0.0
tags: []
`;

describe('openapi-tags', () => {
  it('accepts a conforming document', () => {
    expect(lintWithRule('openapi-tags', valid)).toEqual([]);
  });

  it('reports the offending nodes with their paths and ranges', () => {
    const findings = lintWithRule('openapi-tags', invalid);
    expect(findings.map((finding) => finding.path.join('.'))).toEqual(["tags"]);
    expectRangesAtKeys(invalid, findings);
  });
});
