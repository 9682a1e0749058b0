import { describe, expect, it } from 'vitest';
import { expectRangesAtKeys, lintWithRule } from '../rule-test-support.js';

const valid = `openapi: 3.0.3
info:
  title: T
  version: 1.0.0
paths:
  /pets:
    get:
      operationId: listPets
`;

const invalid = `openapi: 3.0.3
info:
  title: T
  version: 1.0.0
paths:
  /pets:
    get:
      operationId: 'list pets'
`;

describe('operation-operationId-valid-in-url', () => {
  it('accepts a conforming document', () => {
    expect(lintWithRule('operation-operationId-valid-in-url', valid)).toEqual([]);
  });

  it('reports the offending nodes with their paths and ranges', () => {
    const findings = lintWithRule('operation-operationId-valid-in-url', invalid);
    expect(findings.map((finding) => finding.path.join('.'))).toEqual(["paths./pets.get.operationId"]);
    expectRangesAtKeys(invalid, findings);
  });
});
