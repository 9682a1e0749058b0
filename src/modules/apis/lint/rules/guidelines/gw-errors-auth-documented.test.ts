import { describe, expect, it } from 'vitest';
import { yaml } from './support/dedent.js';
import { findingsOf, pathsOf } from './support/lint-text.js';

const ID = 'gw-errors-auth-documented';

const doc = yaml`
  openapi: 3.1.0
  info: { title: T, version: 1.0.0 }
  security: [{ bearer: [] }]
  paths:
    /documented:
      get:
        responses: { '200': { description: OK }, '401': { description: x }, '403': { description: x } }
    /range:
      get:
        responses: { '200': { description: OK }, '4XX': { description: x } }
    /public:
      get:
        security: []
        responses: { '200': { description: OK } }
    /optional:
      get:
        security: [{}, { bearer: [] }]
        responses: { '200': { description: OK } }
    /missing:
      get:
        responses: { '200': { description: OK }, '401': { description: x } }
    /own:
      post:
        security: [{ bearer: [] }]
        responses: { '201': { description: OK } }
  components:
    securitySchemes:
      bearer: { type: http, scheme: bearer }
`;

describe(ID, () => {
  it('reports secured operations without 401/403 and skips public or optional-auth ones', () => {
    const findings = findingsOf(ID, doc);
    expect(pathsOf(findings)).toEqual(['paths./missing.get.responses', 'paths./own.post.responses']);
    expect(findings[0]?.message).toBe('GET /missing requires authentication but documents no 403 response.');
    expect(findings[1]?.message).toContain('no 401 or 403 response');
  });

  it('can require only 401', () => {
    expect(pathsOf(findingsOf(ID, doc, { codes: ['401'] }))).toEqual(['paths./own.post.responses']);
  });

  it('ignores documents without security (Swagger 2.0 too)', () => {
    const swagger = yaml`
      swagger: '2.0'
      info: { title: T, version: 1.0.0 }
      paths:
        /a: { get: { responses: { '200': { description: OK } } } }
    `;
    expect(findingsOf(ID, swagger)).toEqual([]);
  });
});
