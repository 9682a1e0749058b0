import { describe, expect, it } from 'vitest';
import { yaml } from './support/dedent.js';
import { findingsOf, pathsOf } from './support/lint-text.js';

const ID = 'gw-operation-security';
const ok = `responses: { '200': { description: OK } }`;

describe(ID, () => {
  it('accepts inherited, own, optional and explicitly public security', () => {
    const doc = yaml`
      openapi: 3.1.0
      info: { title: T, version: 1.0.0 }
      security: [{ bearer: [] }]
      paths:
        /inherited: { get: { ${ok} } }
        /public: { get: { security: [], ${ok} } }
        /optional: { get: { security: [{}], ${ok} } }
      components:
        securitySchemes:
          bearer: { type: http, scheme: bearer }
    `;
    expect(findingsOf(ID, doc)).toEqual([]);
  });

  it('reports operations with no requirement at the operation, as an error', () => {
    const doc = yaml`
      swagger: '2.0'
      info: { title: T, version: 1.0.0 }
      security: []
      paths:
        /open:
          get: { ${ok} }
        /own:
          get: { security: [{ key: [] }], ${ok} }
        /marked:
          get: { x-public: true, ${ok} }
      securityDefinitions:
        key: { type: apiKey, in: header, name: X-Key }
    `;
    const findings = findingsOf(ID, doc);
    expect(pathsOf(findings)).toEqual(['paths./open.get']);
    expect(findings[0]?.severity).toBe(0);
    expect(findings[0]?.range.start.line).toBe(5);
    expect(pathsOf(findingsOf(ID, doc, { publicExtension: 'x-anonymous' }))).toEqual(['paths./open.get', 'paths./marked.get']);
  });
});
