import { describe, expect, it } from 'vitest';
import { yaml } from './support/dedent.js';
import { findingsOf, pathsOf, sourceAt } from './support/lint-text.js';

const ID = 'gw-versioning-single-strategy';
const ok = `{ responses: { '200': { description: OK } } }`;

describe(ID, () => {
  it('accepts a version in the server URL, in every path, in basePath or in a header', () => {
    const server = yaml`
      openapi: 3.1.0
      info: { title: T, version: 1.0.0 }
      servers: [{ url: 'https://api.example.com/{version}', variables: { version: { default: v2 } } }]
      paths: { /orders: { get: ${ok} } }
    `;
    const everyPath = yaml`
      openapi: 3.0.3
      info: { title: T, version: 1.0.0 }
      paths: { /2010-04-01/calls: { get: ${ok} }, /2010-04-01/accounts: { get: ${ok} } }
    `;
    const basePath = yaml`
      swagger: '2.0'
      info: { title: T, version: 1.0.0 }
      basePath: /api/v1beta1
      paths: { /orders: { get: ${ok} } }
    `;
    const header = yaml`
      openapi: 3.1.0
      info: { title: T, version: 1.0.0 }
      paths:
        /orders:
          get:
            parameters: [{ $ref: '#/components/parameters/Version' }]
            responses: { '200': { description: OK } }
      components:
        parameters:
          Version: { name: Api-Version, in: header, required: true, schema: { type: string } }
    `;
    for (const doc of [server, everyPath, basePath, header]) expect(findingsOf(ID, doc)).toEqual([]);
  });

  it('reports unversioned paths and a second strategy', () => {
    const doc = yaml`
      openapi: 3.1.0
      info: { title: T, version: 1.0.0 }
      paths:
        /v1/orders:
          get:
            parameters: [{ name: X-API-Version, in: header, schema: { type: string } }]
            responses: { '200': { description: OK } }
        /v1/customers: { get: ${ok} }
        /health: { get: ${ok} }
    `;
    const findings = findingsOf(ID, doc);
    expect(pathsOf(findings).sort()).toEqual(['paths./health', 'paths./v1/orders.get.parameters.0']);
    expect(sourceAt(doc, findings.find((f) => f.path.length === 2))).toMatch(/^\/health: /);
    expect(findings.map((f) => f.message)).toContain('Path "/health" has no version segment, unlike 2 other paths.');
    expect(findings.map((f) => f.message)).toContain('Version header "X-API-Version", but this API versions by path.');
  });

  it('reports a document without versioning unless configured not to, and honours a forced strategy', () => {
    const none = yaml`
      openapi: 3.1.0
      info: { title: T, version: 1.0.0 }
      paths: { /orders: { get: ${ok} } }
    `;
    expect(pathsOf(findingsOf(ID, none))).toEqual(['paths']);
    expect(findingsOf(ID, none, { requireVersioning: false })).toEqual([]);
    const server = yaml`
      openapi: 3.1.0
      info: { title: T, version: 1.0.0 }
      servers: [{ url: https://api.example.com/v1 }]
      paths: { /orders: { get: { parameters: [{ name: version, in: query, schema: { type: string } }], responses: { '200': { description: OK } } } } }
    `;
    expect(pathsOf(findingsOf(ID, server))).toEqual(['paths./orders.get.parameters.0']);
    expect(pathsOf(findingsOf(ID, server, { strategy: 'query' }))).toEqual(['servers']);
  });
});
