import { describe, expect, it } from 'vitest';
import { expectRangesAtKeys, lintWithRule } from '../rule-test-support.js';

const valid = `openapi: 3.0.3
info:
  title: T
  version: 1.0.0
  license:
    name: MIT
    url: https://x.org
`;

const invalid = `openapi: 3.0.3
info:
  title: T
  version: 1.0.0
  license:
    name: MIT
`;

describe('license-url', () => {
  it('accepts a conforming document', () => {
    expect(lintWithRule('license-url', valid)).toEqual([]);
  });

  it('reports the offending nodes with their paths and ranges', () => {
    const findings = lintWithRule('license-url', invalid);
    expect(findings.map((finding) => finding.path.join('.'))).toEqual(["info.license"]);
    expectRangesAtKeys(invalid, findings);
  });
});
