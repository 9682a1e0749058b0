import { describe, expect, it } from 'vitest';
import { expectRangesAtKeys, lintWithRule } from '../rule-test-support.js';

const valid = `openapi: 3.2.0
info:
  title: T
  version: 1.0.0
paths: {}
components:
  schemas:
    A:
      type: string
      xml:
        nodeType: attribute
`;

const invalid = `openapi: 3.2.0
info:
  title: T
  version: 1.0.0
paths: {}
components:
  schemas:
    A:
      type: string
      xml:
        attribute: true
`;

describe('oas3_2-no-deprecated-xml-attribute', () => {
  it('accepts a conforming document', () => {
    expect(lintWithRule('oas3_2-no-deprecated-xml-attribute', valid)).toEqual([]);
  });

  it('reports the offending nodes with their paths and ranges', () => {
    const findings = lintWithRule('oas3_2-no-deprecated-xml-attribute', invalid);
    expect(findings.map((finding) => finding.path.join('.'))).toEqual(["components.schemas.A.xml"]);
    expectRangesAtKeys(invalid, findings);
  });
});
