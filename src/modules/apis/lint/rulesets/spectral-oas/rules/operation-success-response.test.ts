import { describe, expect, it } from 'vitest';
import { expectRangesAtKeys, lintWithRule } from '../rule-test-support.js';

const valid = `openapi: 3.0.3
info:
  title: T
  version: 1.0.0
paths:
  /pets:
    get:
      responses:
        '200':
          description: ok
`;

const invalid = `openapi: 3.0.3
info:
  title: T
  version: 1.0.0
paths:
  /pets:
    get:
      responses:
        '400':
          description: bad
`;

describe('operation-success-response', () => {
  it('accepts a conforming document', () => {
    expect(lintWithRule('operation-success-response', valid)).toEqual([]);
  });

  it('reports the offending nodes with their paths and ranges', () => {
    const findings = lintWithRule('operation-success-response', invalid);
    expect(findings.map((finding) => finding.path.join('.'))).toEqual(["paths./pets.get.responses"]);
    expectRangesAtKeys(invalid, findings);
  });
});
