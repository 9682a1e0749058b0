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
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/A'
components:
  schemas:
    A:
      type: string
`;

const invalid = `openapi: 3.0.3
info:
  title: T
  version: 1.0.0
paths: {}
components:
  schemas:
    A:
      type: string
`;

describe('oas3-unused-component', () => {
  it('accepts a conforming document', () => {
    expect(lintWithRule('oas3-unused-component', valid)).toEqual([]);
  });

  it('reports the offending nodes with their paths and ranges', () => {
    const findings = lintWithRule('oas3-unused-component', invalid);
    expect(findings.map((finding) => finding.path.join('.'))).toEqual(["components.schemas.A"]);
    expectRangesAtKeys(invalid, findings);
  });
});
