import { describe, expect, it } from 'vitest';
import { expectRangesAtKeys, lintWithRule } from '../rule-test-support.js';

const valid = `openapi: 3.0.3
info:
  title: T
  version: 1.0.0
paths:
  /a:
    get:
      operationId: one
  /b:
    get:
      operationId: two
`;

const invalid = `openapi: 3.0.3
info:
  title: T
  version: 1.0.0
paths:
  /a:
    get:
      operationId: same
  /b:
    get:
      operationId: same
`;

describe('operation-operationId-unique', () => {
  it('accepts a conforming document', () => {
    expect(lintWithRule('operation-operationId-unique', valid)).toEqual([]);
  });

  it('reports the offending nodes with their paths and ranges', () => {
    const findings = lintWithRule('operation-operationId-unique', invalid);
    expect(findings.map((finding) => finding.path.join('.'))).toEqual(["paths./b.get.operationId"]);
    expectRangesAtKeys(invalid, findings);
  });
});
