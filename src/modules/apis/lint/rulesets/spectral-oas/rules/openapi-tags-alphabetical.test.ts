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
  - name: b
  - name: a
`;

describe('openapi-tags-alphabetical', () => {
  it('accepts a conforming document', () => {
    expect(lintWithRule('openapi-tags-alphabetical', valid)).toEqual([]);
  });

  it('reports the offending nodes with their paths and ranges', () => {
    const findings = lintWithRule('openapi-tags-alphabetical', invalid);
    expect(findings.map((finding) => finding.path.join('.'))).toEqual(["tags"]);
    expectRangesAtKeys(invalid, findings);
  });
});
