import { describe, expect, it } from 'vitest';
import { FakeServer } from '../test/fake-server.js';
import { buildUrl, HttpClient } from './http-client.js';
import { ProblemError } from './problem.js';

describe('HttpClient', () => {
  it('sends the CSRF token on writes only, and cookies same-origin', async () => {
    const server = new FakeServer().on('GET', '/api/v1/teams', { body: { items: [], nextCursor: null } }).on('POST', '/api/v1/teams', { status: 201, body: { name: 'a' } });
    const http = new HttpClient(server.fetch);
    http.setCsrfToken('tok');
    await http.get('/api/v1/teams');
    await http.request('/api/v1/teams', { method: 'POST', json: { name: 'a' } });
    expect(server.requests[0]?.headers.get('X-CSRF-Token')).toBeNull();
    expect(server.requests[1]?.headers.get('X-CSRF-Token')).toBe('tok');
    expect(server.requests[1]?.headers.get('Content-Type')).toBe('application/json');
    expect(server.requests[1]?.body).toBe('{"name":"a"}');
  });

  it('throws the problem document of an error answer, with its field errors', async () => {
    const problem = { type: 'validation', title: 'Unprocessable Content', status: 422, detail: 'bad', errors: [{ field: '/owner', message: 'no team' }] };
    const server = new FakeServer().on('POST', '/api/v1/services', { status: 422, body: problem });
    const http = new HttpClient(server.fetch);
    const error = await http.request('/api/v1/services', { method: 'POST', json: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProblemError);
    expect(error instanceof ProblemError && error.problem).toEqual(problem);
  });

  it('returns the ETag of a read', async () => {
    const server = new FakeServer().on('GET', '/api/v1/teams/a', { body: { name: 'a' }, headers: { ETag: '"v1"' } });
    const res = await new HttpClient(server.fetch).request('/api/v1/teams/a');
    expect(res.etag).toBe('"v1"');
  });

  it('leaves empty query values out of URLs', () => {
    expect(buildUrl('/x', { a: 'b c', empty: '', none: undefined, n: 2 })).toBe('/x?a=b+c&n=2');
  });
});
