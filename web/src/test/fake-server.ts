/**
 * A fetch for page tests: routes by method and path to canned answers, and records every
 * request (method, URL, headers, body) so tests can assert what the page sent.
 */
import type { Fetch } from '../api/http-client.js';

export interface Reply {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface RecordedRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: string | undefined;
}

type Handler = (request: RecordedRequest) => Reply;

export class FakeServer {
  readonly requests: RecordedRequest[] = [];
  private readonly routes: { method: string; path: string | RegExp; handler: Handler }[] = [];

  on(method: string, path: string | RegExp, reply: Reply | Handler): this {
    this.routes.unshift({ method, path, handler: typeof reply === 'function' ? reply : () => reply });
    return this;
  }

  readonly fetch: Fetch = (input, init) => {
    const url = new URL(input, 'http://groundwork.test');
    const request: RecordedRequest = {
      method: init?.method ?? 'GET',
      url,
      headers: new Headers(init?.headers),
      body: typeof init?.body === 'string' ? init.body : undefined,
    };
    this.requests.push(request);
    const route = this.routes.find((r) => r.method === request.method && (typeof r.path === 'string' ? r.path === url.pathname : r.path.test(url.pathname)));
    const reply = route ? route.handler(request) : { status: 404, body: { type: 'about:blank', title: 'Not Found', status: 404 } };
    const status = reply.status ?? 200;
    const isProblem = status >= 400;
    return Promise.resolve(
      new Response(reply.body === undefined ? null : JSON.stringify(reply.body), {
        status,
        headers: { 'Content-Type': isProblem ? 'application/problem+json' : 'application/json', ...reply.headers },
      }),
    );
  };

  sent(method: string, path: string): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && r.url.pathname === path);
  }
}

export const ADMIN_SESSION = { actor: { id: 't1', name: 'alice', role: 'admin' }, csrfToken: 'csrf-123' };
