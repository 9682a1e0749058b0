import { describe, expect, it } from 'vitest';
import { expectRangesAtKeys, lintWithRule } from '../rule-test-support.js';

const valid = `openapi: 3.0.3
info:
  title: T
  version: 1.0.0
paths:
  /pets:
    get:
      tags: [a]
`;

const invalid = `openapi: 3.0.3
info:
  title: T
  version: 1.0.0
paths:
  /pets:
    get:
      tags: []
`;

describe('operation-tags', () => {
  it('accepts a conforming document', () => {
    expect(lintWithRule('operation-tags', valid)).toEqual([]);
  });

  it('reports the offending nodes with their paths and ranges', () => {
    const findings = lintWithRule('operation-tags', invalid);
    expect(findings.map((finding) => finding.path.join('.'))).toEqual(["paths./pets.get.tags"]);
    expectRangesAtKeys(invalid, findings);
  });
});
