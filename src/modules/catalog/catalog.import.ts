/** Import entry points shared by the HTTP route and the CLI: text in, import result out. */
import { readBackstage, type BackstageImport, type ImportIssue, type LocationEntity } from './backstage.js';
import type { CatalogService, WriteContext } from './catalog.service.js';
import type { ImportResult } from './catalog.schema.js';

export function skippedLocations(locations: readonly LocationEntity[], reason: string): ImportIssue[] {
  return locations.map((l) => ({ code: 'skipped', message: `Location ${l.name}: ${reason}`, entity: `location:${l.name}`, ...l.source }));
}

/** A request body: Location entities are reported as skipped (a server does not read files). */
export async function importFromBody(catalog: CatalogService, text: string, dryRun: boolean, ctx: WriteContext): Promise<ImportResult> {
  const read = readBackstage([{ text }]);
  const skipped = skippedLocations(read.locations, 'skipped; locations are followed only by `groundwork catalog import FILE|DIR`');
  return catalog.importCatalog(read, { dryRun, skipped }, ctx);
}

export async function importRead(catalog: CatalogService, read: BackstageImport, skipped: ImportIssue[], dryRun: boolean, ctx: WriteContext): Promise<ImportResult> {
  return catalog.importCatalog(read, { dryRun, skipped }, ctx);
}
