import { describe, expect, it } from 'vitest';
import { expectRangesAtKeys, lintWithRule } from '../rule-test-support.js';

const valid = `openapi: 3.0.3
info:
  title: T
  version: 1.0.0
tags:
  - name: pets
paths:
  /pets:
    get:
      tags: [pets]
`;

const invalid = `openapi: 3.0.3
info:
  title: T
  version: 1.0.0
tags:
  - name: pets
paths:
  /pets:
    get:
      tags: [cats]
`;

describe('operation-tag-defined', () => {
  it('accepts a conforming document', () => {
    expect(lintWithRule('operation-tag-defined', valid)).toEqual([]);
  });

  it('reports the offending nodes with their paths and ranges', () => {
    const findings = lintWithRule('operation-tag-defined', invalid);
    expect(findings.map((finding) => finding.path.join('.'))).toEqual(["paths./pets.get.tags.0"]);
    expectRangesAtKeys(invalid, findings);
  });
});
