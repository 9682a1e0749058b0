/**
 * `groundwork catalog list|get|import|export`. list/get/export talk to a server
 * (`--server`/`--token` or GROUNDWORK_SERVER/GROUNDWORK_TOKEN); import and export also work
 * on the local database with `--data DIR` or `--database-url URL`.
 */
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { CliError } from '../../cli/cli-error.js';
import { addServerOptions, apiClient, type ServerFlags } from '../../cli/api-client.js';
import { addDatabaseOptions, withDatabase, type DatabaseFlags } from '../../cli/database-options.js';
import { formatTable, printJson } from '../../cli/output.js';
import { LOCAL_ACTOR } from '../../platform/auth/actor.js';
import { createCatalogService } from './catalog.service.js';
import { KINDS, REST_KINDS, kindOfPlural, type RestKind } from './catalog.kinds.js';
import { readCatalogFiles } from './backstage-files.js';
import { toBackstageYaml } from './backstage-export.js';
import { isRecord } from './backstage-read.js';
import type { ImportIssueResponse, ImportResult } from './catalog.schema.js';

interface OutputFlags {
  json?: boolean;
}

function kindOf(word: string): RestKind {
  const lower = word.toLowerCase();
  const kind = kindOfPlural(lower) ?? REST_KINDS.find((k) => k === lower);
  if (!kind) throw new CliError(`unknown kind "${word}"; one of ${REST_KINDS.map((k) => KINDS[k].plural).join(', ')}`);
  return kind;
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '-';
  if (Array.isArray(value)) return value.map((v: unknown) => (isRecord(v) && typeof v.field === 'string' ? `${v.field}→${cell(v.ref)}` : cell(v))).join(',');
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

const COLUMNS: Record<RestKind, string[]> = {
  service: ['name', 'title', 'owner', 'system', 'tier', 'lifecycle'],
  team: ['name', 'title', 'parent', 'email'],
  person: ['name', 'title', 'email', 'memberOf'],
  system: ['name', 'title', 'owner', 'domain'],
  domain: ['name', 'title', 'owner', 'parent'],
  api: ['name', 'title', 'owner', 'system', 'type', 'lifecycle'],
  resource: ['name', 'title', 'owner', 'system', 'type'],
};

function location(issue: ImportIssueResponse): string {
  return `${issue.file ?? 'body'}#${issue.document ?? 0}:${issue.line ?? 0}`;
}

function printImport(result: ImportResult, json: boolean): void {
  if (json) {
    printJson(result);
    return;
  }
  const out = process.stdout;
  for (const e of result.errors) process.stderr.write(`error   ${location(e)}  ${e.message}\n`);
  for (const w of result.warnings) out.write(`warning ${location(w)}  ${w.message}\n`);
  for (const s of result.skipped) out.write(`skipped ${location(s)}  ${s.message}\n`);
  const verb = result.dryRun ? 'would be' : '';
  out.write(
    `${result.dryRun ? 'dry run: ' : ''}${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged${verb ? ` (${verb} written)` : ''}; ${result.warnings.length} warning(s), ${result.errors.length} error(s)\n`,
  );
}

export function registerCatalogCommands(program: Command): void {
  const catalog = program.command('catalog').description('The service catalog: teams, systems, services, APIs, resources; Backstage import/export');

  addServerOptions(
    catalog
      .command('list [kind]')
      .description(`List entities of a kind (default services): ${REST_KINDS.map((k) => KINDS[k].plural).join(', ')}`)
      .option('--owner <team>', 'filter by owner')
      .option('--system <name>', 'filter by system (domain for systems, parent for teams)')
      .option('--tier <n>', 'filter by tier (1–4)')
      .option('--lifecycle <name>', 'filter by lifecycle')
      .option('--tag <tag>', 'filter by tag')
      .option('--q <text>', 'name or title contains')
      .option('--sort <field>', 'order by name, owner, system, tier, lifecycle, createdAt or updatedAt (as the kind has them); -field reverses; empty values last')
      .option('--limit <n>', 'at most this many (default: all)')
      .option('--json', 'print JSON'),
  ).action(async (kindWord: string | undefined, flags: ServerFlags & OutputFlags & Record<string, string | undefined>) => {
    const kind = kindOf(kindWord ?? 'services');
    const client = apiClient(flags);
    const max = flags.limit === undefined ? Infinity : Number(flags.limit);
    if (!(max > 0)) throw new CliError('--limit must be a positive number');
    const items: Record<string, unknown>[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: Record<string, unknown>[]; nextCursor: string | null } = await client.request('GET', `/api/v1/${KINDS[kind].plural}`, {
        query: {
          owner: flags.owner,
          system: flags.system,
          tier: flags.tier,
          lifecycle: flags.lifecycle,
          tag: flags.tag,
          q: flags.q,
          sort: flags.sort,
          limit: Math.min(500, max - items.length),
          cursor: cursor ?? undefined,
        },
      });
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor !== null && items.length < max);
    if (flags.json === true) printJson(items);
    else {
      const columns = COLUMNS[kind];
      process.stdout.write(formatTable(columns.map((c) => c.toUpperCase()), items.map((item) => columns.map((c) => cell(item[c])))));
    }
  });

  addServerOptions(
    catalog
      .command('get <kindOrName> [name]')
      .description('Show one entity: `get NAME` for a service, or `get KIND NAME`')
      .option('--json', 'print JSON'),
  ).action(async (first: string, second: string | undefined, flags: ServerFlags & OutputFlags) => {
    const kind = second === undefined ? 'service' : kindOf(first);
    const name = second ?? first;
    const entity: Record<string, unknown> = await apiClient(flags).request('GET', `/api/v1/${KINDS[kind].plural}/${encodeURIComponent(name)}`);
    if (flags.json === true) {
      printJson(entity);
      return;
    }
    const rows = Object.entries(entity)
      .filter(([k, v]) => k !== 'extra' && !(Array.isArray(v) && v.length === 0) && !(v !== null && typeof v === 'object' && Object.keys(v).length === 0))
      .map(([k, v]) => [k, k === 'links' && Array.isArray(v) ? v.map((l: unknown) => (isRecord(l) ? cell(l.url) : cell(l))).join(' ') : cell(v)]);
    process.stdout.write(formatTable(['FIELD', 'VALUE'], rows));
  });

  addDatabaseOptions(
    addServerOptions(
      catalog
        .command('import <paths...>')
        .description('Import Backstage catalog files or directories (Location entities are followed); all or nothing')
        .option('--dry-run', 'report what would change without writing')
        .option('--json', 'print the import result as JSON'),
    ),
  ).action(async (paths: string[], flags: ServerFlags & DatabaseFlags & OutputFlags & { dryRun?: boolean }) => {
    let files;
    try {
      files = readCatalogFiles(paths);
    } catch (error) {
      throw new CliError(error instanceof Error ? error.message : String(error));
    }
    const dryRun = flags.dryRun === true;
    let result: ImportResult;
    if (flags.data !== undefined || flags.databaseUrl !== undefined) {
      result = await withDatabase(flags, async ({ db }) =>
        createCatalogService(db).importCatalog(files.read, { dryRun, skipped: files.skipped }, { actor: LOCAL_ACTOR }),
      );
    } else if (files.read.errors.length > 0) {
      // Nothing is sent when the files are broken: the server would refuse them anyway,
      // and here the errors still name the file.
      result = { dryRun, created: 0, updated: 0, unchanged: 0, entities: [], skipped: files.skipped, warnings: files.read.warnings, errors: files.read.errors };
    } else {
      const remote: ImportResult = await apiClient(flags).request('POST', '/api/v1/catalog/import', {
        body: JSON.stringify(files.bodies),
        contentType: 'application/json',
        query: { dryRun },
      });
      // The server saw one JSON array; point its reference warnings back at the files.
      const unresolved = remote.warnings
        .filter((w) => w.code === 'unresolved-reference')
        .map((w) => {
          const source = w.entity !== undefined ? files.read.sources.get(w.entity) : undefined;
          const { document: _d, line: _l, file: _f, ...rest } = w;
          return { ...rest, ...source };
        });
      result = { ...remote, skipped: files.skipped, warnings: [...files.read.warnings, ...unresolved] };
    }
    printImport(result, flags.json === true);
    if (result.errors.length > 0) throw new CliError(`import failed with ${result.errors.length} error(s); nothing was written`);
  });

  addDatabaseOptions(
    addServerOptions(
      catalog
        .command('export')
        .description('Write the whole catalog as Backstage YAML (to stdout or --output)')
        .option('-o, --output <file>', 'write to this file')
        .option('--json', 'print the catalog content as JSON instead of YAML'),
    ),
  ).action(async (flags: ServerFlags & DatabaseFlags & OutputFlags & { output?: string }) => {
    let text: string;
    if (flags.data !== undefined || flags.databaseUrl !== undefined) {
      const content = await withDatabase(flags, async ({ db }) => createCatalogService(db).exportCatalog());
      text = flags.json === true ? `${JSON.stringify(content, null, 2)}\n` : toBackstageYaml(content);
    } else {
      text = await fetchExport(flags);
      if (flags.json === true) {
        const { readBackstage } = await import('./backstage.js');
        text = `${JSON.stringify(readBackstage([{ text }]).content, null, 2)}\n`;
      }
    }
    if (flags.output !== undefined) writeFileSync(flags.output, text);
    else process.stdout.write(text);
  });
}

/** The export is YAML, not JSON, so it is fetched as text rather than through apiClient. */
async function fetchExport(flags: ServerFlags, env: Readonly<Record<string, string | undefined>> = process.env): Promise<string> {
  apiClient(flags, env); // validates that a token is configured, with the shared message
  const server = (flags.server ?? env.GROUNDWORK_SERVER ?? 'http://127.0.0.1:8080').replace(/\/+$/, '');
  const token = flags.token ?? env.GROUNDWORK_TOKEN ?? '';
  let response: Response;
  try {
    response = await fetch(`${server}/api/v1/catalog/export`, { headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(60_000) });
  } catch (error) {
    throw new CliError(`cannot reach ${server}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const text = await response.text();
  if (!response.ok) throw new CliError(`server answered ${response.status}: ${text.slice(0, 300)}`);
  return text;
}
