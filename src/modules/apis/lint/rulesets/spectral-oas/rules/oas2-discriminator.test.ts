import { describe, expect, it } from 'vitest';
import { expectRangesAtKeys, lintWithRule } from '../rule-test-support.js';

const valid = `swagger: '2.0'
info:
  title: T
  version: 1.0.0
paths: {}
definitions:
  Pet:
    type: object
    discriminator: kind
    required: [kind]
    properties:
      kind:
        type: string
`;

const invalid = `swagger: '2.0'
info:
  title: T
  version: 1.0.0
paths: {}
definitions:
  Pet:
    type: object
    discriminator: kind
    properties:
      name:
        type: string
`;

describe('oas2-discriminator', () => {
  it('accepts a conforming document', () => {
    expect(lintWithRule('oas2-discriminator', valid)).toEqual([]);
  });

  it('reports the offending nodes with their paths and ranges', () => {
    const findings = lintWithRule('oas2-discriminator', invalid);
    // Which nodes are reported is the rule's meaning; their order is the engine's sort.
    expect(findings.map((finding) => finding.path.join('.')).sort()).toEqual(['definitions.Pet', 'definitions.Pet.properties']);
    expectRangesAtKeys(invalid, findings);
  });
});
