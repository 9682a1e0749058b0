/**
 * A small HTTP client for CLI commands that talk to a Groundwork server: `--server` and
 * `--token` flags or GROUNDWORK_SERVER / GROUNDWORK_TOKEN. Problem documents become one
 * clear CliError line (exit 2); unreachable servers too.
 */
import type { Command } from 'commander';
import { CliError } from './cli-error.js';

export interface ServerFlags {
  server?: string;
  token?: string;
}

export function addServerOptions(command: Command): Command {
  return command
    .option('--server <url>', 'Groundwork server (env GROUNDWORK_SERVER, default http://127.0.0.1:8080)')
    .option('--token <token>', 'API token (env GROUNDWORK_TOKEN)');
}

export interface ApiClient {
  readonly request: <T>(method: string, path: string, options?: { body?: unknown; contentType?: string; query?: Record<string, string | number | boolean | undefined> }) => Promise<T>;
}

export function apiClient(flags: ServerFlags, env: Readonly<Record<string, string | undefined>> = process.env): ApiClient {
  const server = (flags.server ?? env.GROUNDWORK_SERVER ?? 'http://127.0.0.1:8080').replace(/\/+$/, '');
  const token = flags.token ?? env.GROUNDWORK_TOKEN;
  if (token === undefined || token === '') {
    throw new CliError('no API token: pass --token or set GROUNDWORK_TOKEN (create one with `groundwork token create`)');
  }
  return {
    async request<T>(
      method: string,
      path: string,
      options: { body?: unknown; contentType?: string; query?: Record<string, string | number | boolean | undefined> } = {},
    ): Promise<T> {
      const url = new URL(server + path);
      for (const [key, value] of Object.entries(options.query ?? {})) {
        if (value !== undefined) url.searchParams.set(key, String(value));
      }
      const headers: Record<string, string> = { authorization: `Bearer ${token}`, accept: 'application/json' };
      let body: string | undefined;
      if (options.body !== undefined) {
        headers['content-type'] = options.contentType ?? 'application/json';
        body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
      }
      let response: Response;
      try {
        response = await fetch(url, { method, headers, body, signal: AbortSignal.timeout(60_000) });
      } catch (error) {
        const reason = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
        throw new CliError(`cannot reach ${server}: ${reason}`);
      }
      const text = await response.text();
      if (!response.ok) throw new ServerProblemError(describeFailure(response.status, text), response.status, parseProblem(text));
      return (text === '' ? undefined : JSON.parse(text)) as T;
    },
  };
}

/** A problem document the server answered; commands that act on particular problems read `status` and `problem`. */
export class ServerProblemError extends CliError {
  constructor(
    message: string,
    readonly status: number,
    readonly problem: Readonly<Record<string, unknown>> | undefined,
  ) {
    super(message);
  }
}

function parseProblem(text: string): Readonly<Record<string, unknown>> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function describeFailure(status: number, text: string): string {
  try {
    const problem = JSON.parse(text) as { title?: string; detail?: string; errors?: { field: string; message: string }[] };
    const fields = (problem.errors ?? []).map((e) => `${e.field} ${e.message}`).join('; ');
    return `server answered ${status} ${problem.title ?? ''}: ${problem.detail ?? ''}${fields === '' ? '' : ` (${fields})`}`;
  } catch {
    return `server answered ${status}: ${text.slice(0, 200)}`;
  }
}
