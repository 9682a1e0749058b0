import { describe, expect, it } from 'vitest';
import { yaml } from './support/dedent.js';
import { findingsOf, pathsOf } from './support/lint-text.js';

const ID = 'gw-errors-documented';

describe(ID, () => {
  it('accepts 4xx + 5xx (ranges included) or default, also through $ref responses', () => {
    const doc = yaml`
      openapi: 3.0.3
      info: { title: T, version: 1.0.0 }
      paths:
        /a:
          get:
            responses: { '200': { description: OK }, '404': { description: x }, '503': { description: x } }
        /b:
          get:
            responses: { '200': { description: OK }, '4XX': { description: x }, '5XX': { description: x } }
        /c:
          get:
            responses: { '200': { description: OK }, default: { $ref: '#/components/responses/Problem' } }
      components:
        responses:
          Problem: { description: An error }
    `;
    expect(findingsOf(ID, doc)).toEqual([]);
  });

  it('reports what is missing at the responses object', () => {
    const doc = yaml`
      swagger: '2.0'
      info: { title: T, version: 1.0.0 }
      paths:
        /a:
          get:
            responses: { '200': { description: OK } }
        /b:
          get:
            responses: { '200': { description: OK }, '400': { description: x } }
    `;
    const findings = findingsOf(ID, doc);
    expect(pathsOf(findings)).toEqual(['paths./a.get.responses', 'paths./b.get.responses']);
    expect(findings[0]?.message).toBe('GET /a documents no 4xx and no 5xx response (nor a default response).');
    expect(findings[1]?.message).toBe('GET /b documents no 5xx response (nor a default response).');
  });

  it('can require only client errors and refuse default', () => {
    const doc = yaml`
      openapi: 3.1.0
      info: { title: T, version: 1.0.0 }
      paths:
        /a:
          get:
            responses: { '200': { description: OK }, default: { description: x } }
    `;
    expect(findingsOf(ID, doc)).toEqual([]);
    const findings = findingsOf(ID, doc, { require5xx: false, allowDefault: false });
    expect(findings.map((f) => f.message)).toEqual(['GET /a documents no 4xx response.']);
  });
});
