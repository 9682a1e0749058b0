import { describe, expect, it } from 'vitest';
import { expectRangesAtKeys, lintWithRule } from '../rule-test-support.js';

const valid = `openapi: 3.0.3
info:
  title: T
  version: 1.0.0
tags:
  - name: a
  - name: b
`;

const invalid = `openapi: 3.0.3
info:
  title: T
  version: 1.0.0
tags:
  - name: a
  - name: a
`;

describe('openapi-tags-uniqueness', () => {
  it('accepts a conforming document', () => {
    expect(lintWithRule('openapi-tags-uniqueness', valid)).toEqual([]);
  });

  it('reports the offending nodes with their paths and ranges', () => {
    const findings = lintWithRule('openapi-tags-uniqueness', invalid);
    expect(findings.map((finding) => finding.path.join('.'))).toEqual(["tags.1.name"]);
    expectRangesAtKeys(invalid, findings);
  });
});
