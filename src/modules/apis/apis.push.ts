/**
 * `groundwork api push FILE --api NAME --version V` for pipelines: uploads a version to
 * the server's API registry. Exit 0 when stored, 1 when the release policy refuses it
 * (the offending changes are printed), 2 for usage, input and server errors.
 */
import { readFileSync } from 'node:fs';
import { CliError } from '../../cli/cli-error.js';
import { apiClient, ServerProblemError, type ServerFlags } from '../../cli/api-client.js';
import { printJson } from '../../cli/output.js';
import type { ApiVersion } from './apis.schema.js';

export interface PushFlags extends ServerFlags {
  api: string;
  version: string;
  gitRef?: string;
  force?: boolean;
  reason?: string;
  json?: boolean;
}

interface ViolationLike {
  readonly id?: unknown;
  readonly message?: unknown;
  readonly reason?: unknown;
  readonly operation?: { readonly method?: unknown; readonly path?: unknown };
}

function plural(n: number, word: string): string {
  return `${String(n)} ${word}${n === 1 ? '' : 's'}`;
}

export function describeVersion(v: ApiVersion): string {
  const lines = [
    `${v.api} ${v.version} stored${v.previousVersion === null ? ' (first version)' : ` (after ${v.previousVersion})`}`,
    `  lint: ${plural(v.lint.error, 'error')}, ${plural(v.lint.warn, 'warning')}, ${String(v.lint.info)} info, ${plural(v.lint.hint, 'hint')}`,
    `  changes: ${String(v.changes.breaking)} breaking, ${plural(v.changes.warning, 'warning')}, ${String(v.changes.info)} info`,
    `  operations: ${String(v.operations)} (${String(v.deprecatedOperations)} deprecated); OpenAPI ${v.openapiVersion}`,
  ];
  if (v.forced) lines.push(`  forced past the release policy: ${v.forceReason ?? ''}`);
  return `${lines.join('\n')}\n`;
}

function describeViolation(v: ViolationLike): string {
  const op = v.operation && typeof v.operation.method === 'string' && typeof v.operation.path === 'string' ? `${v.operation.method} ${v.operation.path}: ` : '';
  const message = typeof v.message === 'string' ? v.message : '';
  const id = typeof v.id === 'string' ? ` (${v.id})` : '';
  const reason = typeof v.reason === 'string' ? `\n      ${v.reason}` : '';
  return `  - ${op}${message}${id}${reason}`;
}

export async function pushVersion(file: string, flags: PushFlags): Promise<void> {
  if (flags.force === true && (flags.reason === undefined || flags.reason.trim() === '')) throw new CliError('--force needs --reason TEXT (the reason is audited)');
  let document: string;
  try {
    document = readFileSync(file, 'utf8');
  } catch {
    throw new CliError(`cannot read '${file}' (no such file?)`);
  }
  const client = apiClient(flags);
  const body = { version: flags.version, document, ...(flags.gitRef !== undefined ? { gitRef: flags.gitRef } : {}), ...(flags.force === true ? { force: true, reason: flags.reason } : {}) };
  let created: ApiVersion;
  try {
    created = await client.request<ApiVersion>('POST', `/api/v1/apis/${encodeURIComponent(flags.api)}/versions`, { body });
  } catch (error) {
    const problem = error instanceof ServerProblemError ? error.problem : undefined;
    const violations = problem?.violations;
    if (error instanceof ServerProblemError && error.status === 409 && Array.isArray(violations)) {
      if (flags.json === true) printJson(problem);
      else {
        process.stdout.write(`${typeof problem?.detail === 'string' ? problem.detail : 'refused by the release policy'}\n`);
        process.stdout.write(`${(violations as ViolationLike[]).map(describeViolation).join('\n')}\n`);
      }
      throw new CliError(`${flags.api} ${flags.version} refused by the release policy (${plural(violations.length, 'violation')}); fix them, or pass --force --reason TEXT`, 1);
    }
    throw error;
  }
  if (flags.json === true) printJson(created);
  else process.stdout.write(describeVersion(created));
}
