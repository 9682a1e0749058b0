import { describe, expect, it } from 'vitest';
import { yaml } from './support/dedent.js';
import { findingsOf, pathsOf } from './support/lint-text.js';

const ID = 'gw-servers-https';

describe(ID, () => {
  it('reports plain-HTTP servers at every level, allowing local hosts and relative URLs', () => {
    const doc = yaml`
      openapi: 3.1.0
      info: { title: T, version: 1.0.0 }
      servers:
        - url: https://api.example.com
        - url: http://localhost:3000
        - url: http://127.0.0.1/v1
        - url: /relative
        - url: http://api.example.com
        - url: '{scheme}://{host}'
          variables: { scheme: { default: http }, host: { default: staging.example.com } }
      paths:
        /a:
          servers: [{ url: 'ws://events.example.com' }]
          get:
            servers: [{ url: 'http://[::1]:8080' }]
            responses: { '200': { description: OK } }
    `;
    const findings = findingsOf(ID, doc);
    expect(pathsOf(findings)).toEqual(['servers.4.url', 'servers.5.url', 'paths./a.servers.0.url']);
    expect(findings[0]?.message).toBe('Server "http://api.example.com" is not HTTPS.');
    expect(findings[0]?.range.start.line).toBe(7);
  });

  it('checks Swagger 2.0 schemes unless the host is local, and takes allowed hosts', () => {
    const swagger = (host: string): string => yaml`
      swagger: '2.0'
      info: { title: T, version: 1.0.0 }
      host: ${host}
      schemes: [https, http]
      paths: {}
    `;
    expect(pathsOf(findingsOf(ID, swagger('api.example.com')))).toEqual(['schemes.1']);
    expect(findingsOf(ID, swagger('localhost:2746'))).toEqual([]);
    expect(findingsOf(ID, swagger('dev.internal'), { allowHosts: ['dev.internal'] })).toEqual([]);
  });
});
