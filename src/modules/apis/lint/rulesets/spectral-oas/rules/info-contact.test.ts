import { describe, expect, it } from 'vitest';
import { expectRangesAtKeys, lintWithRule } from '../rule-test-support.js';

const valid = `openapi: 3.0.3
info:
  title: T
  version: 1.0.0
  contact:
    name: N
`;

const invalid = `openapi: 3.0.3
info:
  title: T
  version: 1.0.0
`;

describe('info-contact', () => {
  it('accepts a conforming document', () => {
    expect(lintWithRule('info-contact', valid)).toEqual([]);
  });

  it('reports the offending nodes with their paths and ranges', () => {
    const findings = lintWithRule('info-contact', invalid);
    expect(findings.map((finding) => finding.path.join('.'))).toEqual(["info"]);
    expectRangesAtKeys(invalid, findings);
  });
});
