import { describe, expect, it } from 'vitest';
import { expectRangesAtKeys, lintWithRule } from '../rule-test-support.js';

const valid = `openapi: 3.0.3
info:
  title: T
  version: 1.0.0
  description: Safe text
`;

const invalid = `openapi: 3.0.3
info:
  title: T
  version: 1.0.0
  description: 'hi <script>alert(1)</script>'
`;

describe('no-script-tags-in-markdown', () => {
  it('accepts a conforming document', () => {
    expect(lintWithRule('no-script-tags-in-markdown', valid)).toEqual([]);
  });

  it('reports the offending nodes with their paths and ranges', () => {
    const findings = lintWithRule('no-script-tags-in-markdown', invalid);
    expect(findings.map((finding) => finding.path.join('.'))).toEqual(["info.description"]);
    expectRangesAtKeys(invalid, findings);
  });
});
