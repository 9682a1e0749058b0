/**
 * `groundwork api reanalyse [--api NAME...]`: after upgrading Groundwork, has the server lint
 * and diff the stored versions again with its new engines (all APIs with versions unless
 * named), and prints what changed. Exit 0, or 2 for usage and server errors.
 */
import { apiClient, type ServerFlags } from '../../cli/api-client.js';
import { printJson } from '../../cli/output.js';
import type { LatestVersions, Reanalysis } from './apis.schema.js';

export interface ReanalyseFlags extends ServerFlags {
  api?: string[];
  json?: boolean;
}

function describe(result: Reanalysis): string {
  const lines = result.items.map(({ version, before, after }) => {
    const same = JSON.stringify(before) === JSON.stringify(after);
    const counts = (c: typeof before) => `${String(c.lint.error)} lint errors, ${String(c.lint.warn)} warnings; ${String(c.changes.breaking)} breaking, ${String(c.changes.warning)} warning, ${String(c.changes.info)} info changes`;
    return same ? `  ${version}: unchanged (${counts(after)})` : `  ${version}: ${counts(before)} -> ${counts(after)}`;
  });
  return `${result.api}: ${String(result.items.length)} version(s) analysed again\n${lines.join('\n')}\n`;
}

export async function reanalyse(flags: ReanalyseFlags): Promise<void> {
  const client = apiClient(flags);
  const names = flags.api ?? (await client.request<LatestVersions>('GET', '/api/v1/api-versions/latest')).items.map((item) => item.api);
  const results: Reanalysis[] = [];
  for (const name of names) {
    const result = await client.request<Reanalysis>('POST', `/api/v1/apis/${encodeURIComponent(name)}/analysis`);
    results.push(result);
    if (flags.json !== true) process.stdout.write(describe(result));
  }
  if (flags.json === true) printJson({ items: results });
  else if (names.length === 0) process.stdout.write('no API has a stored version\n');
}
