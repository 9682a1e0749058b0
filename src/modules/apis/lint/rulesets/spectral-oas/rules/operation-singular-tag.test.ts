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
      tags: [a, b]
`;

describe('operation-singular-tag', () => {
  it('accepts a conforming document', () => {
    expect(lintWithRule('operation-singular-tag', valid)).toEqual([]);
  });

  it('reports the offending nodes with their paths and ranges', () => {
    const findings = lintWithRule('operation-singular-tag', invalid);
    expect(findings.map((finding) => finding.path.join('.'))).toEqual(["paths./pets.get.tags"]);
    expectRangesAtKeys(invalid, findings);
  });
});
