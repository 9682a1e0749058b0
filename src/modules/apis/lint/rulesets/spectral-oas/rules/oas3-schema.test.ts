import { describe, expect, it } from 'vitest';
import { expectRangesAtKeys, lintWithRule } from '../rule-test-support.js';

const valid = `openapi: 3.0.3
info:
  title: T
  version: 1.0.0
paths: {}
`;

const invalid = `openapi: 3.0.3
info:
  title: T
  version: 1.0.0
paths: {}
unknownTopLevel: true
`;

describe('oas3-schema', () => {
  it('accepts a conforming document', () => {
    expect(lintWithRule('oas3-schema', valid)).toEqual([]);
  });

  it('reports the offending nodes with their paths and ranges', () => {
    const findings = lintWithRule('oas3-schema', invalid);
    expect(findings.map((finding) => finding.path.join('.'))).toEqual(["unknownTopLevel"]);
    expectRangesAtKeys(invalid, findings);
  });
});
