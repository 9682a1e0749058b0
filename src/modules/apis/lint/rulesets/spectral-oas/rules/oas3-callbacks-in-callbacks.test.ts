import { describe, expect, it } from 'vitest';
import { expectRangesAtKeys, lintWithRule } from '../rule-test-support.js';

const valid = `openapi: 3.0.3
info:
  title: T
  version: 1.0.0
paths:
  /pets:
    get:
      callbacks:
        done:
          '{$request.body#/url}':
            post:
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
      callbacks:
        done:
          '{$request.body#/url}':
            post:
              callbacks:
                again: {}
              responses:
                '200':
                  description: ok
`;

describe('oas3-callbacks-in-callbacks', () => {
  it('accepts a conforming document', () => {
    expect(lintWithRule('oas3-callbacks-in-callbacks', valid)).toEqual([]);
  });

  it('reports the offending nodes with their paths and ranges', () => {
    const findings = lintWithRule('oas3-callbacks-in-callbacks', invalid);
    expect(findings.map((finding) => finding.path.join('.'))).toEqual(["paths./pets.get.callbacks.done.{$request.body#/url}.post.callbacks"]);
    expectRangesAtKeys(invalid, findings);
  });
});
