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
  description: 'run eval(x)'
`;

describe('no-eval-in-markdown', () => {
  it('accepts a conforming document', () => {
    expect(lintWithRule('no-eval-in-markdown', valid)).toEqual([]);
  });

  it('reports the offending nodes with their paths and ranges', () => {
    const findings = lintWithRule('no-eval-in-markdown', invalid);
    expect(findings.map((finding) => finding.path.join('.'))).toEqual(["info.description"]);
    expectRangesAtKeys(invalid, findings);
  });
});
