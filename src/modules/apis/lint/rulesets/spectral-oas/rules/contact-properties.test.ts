import { describe, expect, it } from 'vitest';
import { expectRangesAtKeys, lintWithRule } from '../rule-test-support.js';

const valid = `openapi: 3.0.3
info:
  title: T
  version: 1.0.0
  contact:
    name: N
    url: https://x.org
    email: a@x.org
`;

const invalid = `openapi: 3.0.3
info:
  title: T
  version: 1.0.0
  contact:
    name: N
`;

describe('contact-properties', () => {
  it('accepts a conforming document', () => {
    expect(lintWithRule('contact-properties', valid)).toEqual([]);
  });

  it('reports the offending nodes with their paths and ranges', () => {
    const findings = lintWithRule('contact-properties', invalid);
    expect(findings.map((finding) => finding.path.join('.'))).toEqual(["info.contact"]);
    expectRangesAtKeys(invalid, findings);
  });
});
