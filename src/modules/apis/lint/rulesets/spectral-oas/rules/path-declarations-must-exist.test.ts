import { describe, expect, it } from 'vitest';
import { expectRangesAtKeys, lintWithRule } from '../rule-test-support.js';

const valid = `openapi: 3.0.3
info:
  title: T
  version: 1.0.0
paths:
  /pets/{id}:
    get: {}
`;

const invalid = `openapi: 3.0.3
info:
  title: T
  version: 1.0.0
paths:
  /pets/{}:
    get: {}
`;

describe('path-declarations-must-exist', () => {
  it('accepts a conforming document', () => {
    expect(lintWithRule('path-declarations-must-exist', valid)).toEqual([]);
  });

  it('reports the offending nodes with their paths and ranges', () => {
    const findings = lintWithRule('path-declarations-must-exist', invalid);
    expect(findings.map((finding) => finding.path.join('.'))).toEqual(["paths./pets/{}"]);
    expectRangesAtKeys(invalid, findings);
  });
});
