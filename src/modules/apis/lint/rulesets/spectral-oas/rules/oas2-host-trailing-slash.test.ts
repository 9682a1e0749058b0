import { describe, expect, it } from 'vitest';
import { expectRangesAtKeys, lintWithRule } from '../rule-test-support.js';

const valid = `swagger: '2.0'
info:
  title: T
  version: 1.0.0
host: api.acme.org
paths: {}
`;

const invalid = `swagger: '2.0'
info:
  title: T
  version: 1.0.0
host: api.acme.org/
paths: {}
`;

describe('oas2-host-trailing-slash', () => {
  it('accepts a conforming document', () => {
    expect(lintWithRule('oas2-host-trailing-slash', valid)).toEqual([]);
  });

  it('reports the offending nodes with their paths and ranges', () => {
    const findings = lintWithRule('oas2-host-trailing-slash', invalid);
    expect(findings.map((finding) => finding.path.join('.'))).toEqual(["host"]);
    expectRangesAtKeys(invalid, findings);
  });
});
