import { describe, expect, it } from 'vitest';
import { yaml } from './support/dedent.js';
import { findingsOf, pathsOf, sourceAt } from './support/lint-text.js';

const ID = 'gw-deprecated-sunset';

describe(ID, () => {
  it('accepts x-sunset dates and a documented Sunset header; reports the rest', () => {
    const doc = yaml`
      openapi: 3.1.0
      info: { title: T, version: 1.0.0 }
      paths:
        /a:
          get:
            deprecated: true
            x-sunset: 2027-01-31
            responses: { '200': { description: OK } }
          put:
            deprecated: true
            x-sunset: 'Sat, 31 Jul 2027 00:00:00 GMT'
            responses: { '200': { description: OK } }
        /b:
          get:
            deprecated: true
            responses: { '200': { $ref: '#/components/responses/Sunsetting' } }
        /c:
          get:
            deprecated: true
            responses: { '200': { description: OK } }
          put:
            deprecated: true
            x-sunset: soon
            responses: { '200': { description: OK } }
          post:
            deprecated: false
            responses: { '200': { description: OK } }
      components:
        responses:
          Sunsetting:
            description: OK
            headers: { sunset: { schema: { type: string } } }
    `;
    const findings = findingsOf(ID, doc);
    expect(pathsOf(findings)).toEqual(['paths./c.get.deprecated', 'paths./c.put.x-sunset']);
    expect(sourceAt(doc, findings[0])).toBe('deprecated: true');
    expect(sourceAt(doc, findings[1])).toBe('x-sunset: soon');
    expect(findings[0]?.message).toBe('GET /c is deprecated but has no sunset date (x-sunset or a Sunset response header).');
    expect(findings[1]?.message).toContain('is not a date');
  });

  it('takes another extension name (Swagger 2.0)', () => {
    const swagger = yaml`
      swagger: '2.0'
      info: { title: T, version: 1.0.0 }
      paths:
        /a:
          get:
            deprecated: true
            x-removal-date: '2027-01-31'
            responses: { '200': { description: OK } }
    `;
    expect(pathsOf(findingsOf(ID, swagger))).toEqual(['paths./a.get.deprecated']);
    expect(findingsOf(ID, swagger, { extension: 'x-removal-date' })).toEqual([]);
  });
});
