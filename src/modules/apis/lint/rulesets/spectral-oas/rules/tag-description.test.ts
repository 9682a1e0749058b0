import { describe, expect, it } from 'vitest';
import { expectRangesAtKeys, lintWithRule } from '../rule-test-support.js';

const valid = `openapi: 3.0.3
info:
  title: T
  version: 1.0.0
tags:
  - name: a
    description: A
`;

const invalid = `openapi: 3.0.3
info:
  title: T
  version: 1.0.0
tags:
  - name: a
`;

describe('tag-description', () => {
  it('accepts a conforming document', () => {
    expect(lintWithRule('tag-description', valid)).toEqual([]);
  });

  it('reports the offending nodes with their paths and ranges', () => {
    const findings = lintWithRule('tag-description', invalid);
    expect(findings.map((finding) => finding.path.join('.'))).toEqual(["tags.0"]);
    expectRangesAtKeys(invalid, findings);
  });
});
