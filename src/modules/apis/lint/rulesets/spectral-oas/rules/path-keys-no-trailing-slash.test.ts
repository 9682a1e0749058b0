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
  /pets/:
    get: {}
`;

describe('path-keys-no-trailing-slash', () => {
  it('accepts a conforming document', () => {
    expect(lintWithRule('path-keys-no-trailing-slash', valid)).toEqual([]);
  });

  it('reports the offending nodes with their paths and ranges', () => {
    const findings = lintWithRule('path-keys-no-trailing-slash', invalid);
    expect(findings.map((finding) => finding.path.join('.'))).toEqual(["paths./pets/"]);
    expectRangesAtKeys(invalid, findings);
  });
});
