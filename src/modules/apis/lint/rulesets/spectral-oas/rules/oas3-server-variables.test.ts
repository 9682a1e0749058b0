import { describe, expect, it } from 'vitest';
import { expectRangesAtKeys, lintWithRule } from '../rule-test-support.js';

const valid = `openapi: 3.0.3
info:
  title: T
  version: 1.0.0
servers:
  - url: https://{region}.acme.org
    variables:
      region:
        default: eu
paths: {}
`;

const invalid = `openapi: 3.0.3
info:
  title: T
  version: 1.0.0
servers:
  - url: https://{region}.acme.org
    variables:
      region:
        default: eu
      unused:
        default: x
paths: {}
`;

describe('oas3-server-variables', () => {
  it('accepts a conforming document', () => {
    expect(lintWithRule('oas3-server-variables', valid)).toEqual([]);
  });

  it('reports the offending nodes with their paths and ranges', () => {
    const findings = lintWithRule('oas3-server-variables', invalid);
    expect(findings.map((finding) => finding.path.join('.'))).toEqual(["servers.0.variables.unused"]);
    expectRangesAtKeys(invalid, findings);
  });
});
