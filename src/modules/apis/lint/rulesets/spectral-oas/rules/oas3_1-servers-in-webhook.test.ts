import { describe, expect, it } from 'vitest';
import { expectRangesAtKeys, lintWithRule } from '../rule-test-support.js';

const valid = `openapi: 3.1.0
info:
  title: T
  version: 1.0.0
webhooks:
  newPet:
    post:
      responses:
        '200':
          description: ok
`;

const invalid = `openapi: 3.1.0
info:
  title: T
  version: 1.0.0
webhooks:
  newPet:
    post:
      servers:
        - url: https://acme.org
      responses:
        '200':
          description: ok
`;

describe('oas3_1-servers-in-webhook', () => {
  it('accepts a conforming document', () => {
    expect(lintWithRule('oas3_1-servers-in-webhook', valid)).toEqual([]);
  });

  it('reports the offending nodes with their paths and ranges', () => {
    const findings = lintWithRule('oas3_1-servers-in-webhook', invalid);
    expect(findings.map((finding) => finding.path.join('.'))).toEqual(["webhooks.newPet.post.servers"]);
    expectRangesAtKeys(invalid, findings);
  });
});
