import { describe, expect, it } from 'vitest';
import { expectRangesAtKeys, lintWithRule } from '../rule-test-support.js';

const valid = `swagger: '2.0'
info:
  title: T
  version: 1.0.0
paths:
  /pets:
    post:
      consumes: [multipart/form-data]
      parameters:
        - name: f
          in: formData
          type: string
      responses:
        '200':
          description: ok
`;

const invalid = `swagger: '2.0'
info:
  title: T
  version: 1.0.0
paths:
  /pets:
    post:
      consumes: [application/json]
      parameters:
        - name: f
          in: formData
          type: string
      responses:
        '200':
          description: ok
`;

describe('oas2-operation-formData-consume-check', () => {
  it('accepts a conforming document', () => {
    expect(lintWithRule('oas2-operation-formData-consume-check', valid)).toEqual([]);
  });

  it('reports the offending nodes with their paths and ranges', () => {
    const findings = lintWithRule('oas2-operation-formData-consume-check', invalid);
    expect(findings.map((finding) => finding.path.join('.'))).toEqual(["paths./pets.post"]);
    expectRangesAtKeys(invalid, findings);
  });
});
