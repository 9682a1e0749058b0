import { ProblemError, toProblem } from './problem.js';

// One small fetch wrapper for the whole UI. The session cookie travels by itself
// (same origin, HttpOnly); writes add the CSRF token the session endpoint handed out.
// The token lives in this object's memory only, never in localStorage.

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  query?: Record<string, string | number | boolean | undefined>;
  json?: unknown;
  /** A raw body (e.g. YAML) with its content type. */
  body?: { text: string; contentType: string };
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export interface ApiResponse<T> {
  data: T;
  etag: string | undefined;
  status: number;
}

const SAFE = new Set(['GET', 'HEAD']);

export function buildUrl(path: string, query?: RequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return qs === '' ? path : `${path}?${qs}`;
}

export class HttpClient {
  private csrfToken: string | undefined;
  private readonly fetchImpl: Fetch;

  constructor(fetchImpl: Fetch) {
    this.fetchImpl = fetchImpl;
  }

  setCsrfToken(token: string | undefined): void {
    this.csrfToken = token;
  }

  async request<T>(path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
    const method = options.method ?? 'GET';
    const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
    let body: string | undefined;
    if (options.json !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(options.json);
    } else if (options.body !== undefined) {
      headers['Content-Type'] = options.body.contentType;
      body = options.body.text;
    }
    if (!SAFE.has(method) && this.csrfToken !== undefined) headers['X-CSRF-Token'] = this.csrfToken;

    const init: RequestInit = { method, headers, credentials: 'same-origin' };
    if (body !== undefined) init.body = body;
    if (options.signal !== undefined) init.signal = options.signal;
    const response = await this.fetchImpl(buildUrl(path, options.query), init);

    const text = await response.text();
    let parsed: unknown = undefined;
    if (text !== '') {
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = text;
      }
    }
    if (!response.ok) {
      throw new ProblemError(toProblem(response.status, response.statusText, parsed), parsed);
    }
    return { data: parsed as T, etag: response.headers.get('ETag') ?? undefined, status: response.status };
  }

  async get<T>(path: string, query?: RequestOptions['query'], signal?: AbortSignal): Promise<T> {
    const options: RequestOptions = { query };
    if (signal !== undefined) options.signal = signal;
    return (await this.request<T>(path, options)).data;
  }
}
