/**
 * Reads Backstage catalog files from disk for `groundwork catalog import FILE|DIR`: a
 * directory contributes every *.yaml/*.yml under it, and Location entities are followed
 * (`target`/`targets` relative to the file that declares them), each file read once.
 * A target that does not exist or is a URL is a warning, not a failure (Backstage keeps
 * going too, and shared catalogs often point at files kept elsewhere).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { readBackstage, type BackstageImport, type ImportIssue } from './backstage.js';
import { readYamlEntities } from './backstage-read.js';

export interface FileImport {
  read: BackstageImport;
  /** Location entities, reported as followed (they are not stored). */
  skipped: ImportIssue[];
  /** Every entity body except Locations, for sending to a server as one JSON array. */
  bodies: Record<string, unknown>[];
  files: string[];
}

function yamlFilesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.') && entry.name !== 'node_modules') out.push(...yamlFilesUnder(path));
    } else if (/\.ya?ml$/i.test(entry.name)) out.push(path);
  }
  return out.sort();
}

export function readCatalogFiles(paths: readonly string[], cwd: string = process.cwd()): FileImport {
  const queue: string[] = [];
  for (const p of paths) {
    const abs = resolve(cwd, p);
    queue.push(...(statSync(abs).isDirectory() ? yamlFilesUnder(abs) : [abs]));
  }
  const seen = new Set<string>();
  const inputs: { file: string; text: string }[] = [];
  const extraWarnings: ImportIssue[] = [];
  for (let i = 0; i < queue.length; i++) {
    const abs = queue[i];
    if (abs === undefined || seen.has(abs)) continue;
    seen.add(abs);
    const file = relative(cwd, abs) || abs;
    const text = readFileSync(abs, 'utf8');
    inputs.push({ file, text });
    // Follow Locations now, so the targets join the same all-or-nothing import.
    const located = readBackstage([{ file, text }]).locations;
    for (const location of located) {
      for (const target of location.targets) {
        if (/^[a-z][a-z0-9+.-]*:\/\//i.test(target)) {
          extraWarnings.push({ code: 'skipped', message: `Location ${location.name}: target ${target} is a URL; not fetched`, ...location.source });
          continue;
        }
        const targetPath = isAbsolute(target) ? target : resolve(dirname(abs), target);
        let exists = false;
        try {
          exists = statSync(targetPath).isFile();
        } catch {
          exists = false;
        }
        if (exists) queue.push(targetPath);
        else extraWarnings.push({ code: 'skipped', message: `Location ${location.name}: target ${target} does not exist; skipped`, ...location.source });
      }
    }
  }
  const read = readBackstage(inputs);
  read.warnings.push(...extraWarnings);
  const bodies: Record<string, unknown>[] = [];
  for (const input of inputs) {
    for (const entity of readYamlEntities(input.text, input.file).entities) {
      if (typeof entity.body.kind !== 'string' || entity.body.kind.toLowerCase() !== 'location') bodies.push(entity.body);
    }
  }
  const skipped = read.locations.map((l): ImportIssue => ({
    code: 'skipped',
    message: `Location ${l.name}: followed (${l.targets.length} target(s)); not stored`,
    entity: `location:${l.name}`,
    ...l.source,
  }));
  return { read, skipped, bodies, files: inputs.map((i) => i.file) };
}
