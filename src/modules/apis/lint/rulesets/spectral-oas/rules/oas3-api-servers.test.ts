import { describe, expect, it } from 'vitest';
import { expectRangesAtKeys, lintWithRule } from '../rule-test-support.js';

const valid = `openapi: 3.0.3
info:
  title: T
  version: 1.0.0
servers:
  - url: https://api.acme.org
paths: {}
`;

const invalid = `openapi: 3.0.3
info:
  title: T
  version: 1.0.0
paths: {}
`;

describe('oas3-api-servers', () => {
  it('accepts a conforming document', () => {
    expect(lintWithRule('oas3-api-servers', valid)).toEqual([]);
  });

  it('reports the offending nodes with their paths and ranges', () => {
    const findings = lintWithRule('oas3-api-servers', invalid);
    expect(findings.map((finding) => finding.path.join('.'))).toEqual([""]);
    expectRangesAtKeys(invalid, findings);
  });
});
