// The import endpoint's answer as the page shows it: counts, and issues with where they are.
// Pure; tolerant of counts given as numbers, entity lists or per-kind maps.

export interface ImportIssueView {
  message: string;
  code: string | undefined;
  entity: string | undefined;
  file: string | undefined;
  /** 1-based document number as people count them (the API's index is 0-based). */
  document: number | undefined;
  line: number | undefined;
}

export interface ImportReport {
  created: number;
  updated: number;
  unchanged: number;
  createdEntities: string[];
  updatedEntities: string[];
  errors: ImportIssueView[];
  warnings: ImportIssueView[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function count(value: unknown): { n: number; entities: string[] } {
  if (typeof value === 'number') return { n: value, entities: [] };
  if (Array.isArray(value)) {
    const entities = value.map((v) => (typeof v === 'string' ? v : isRecord(v) && typeof v.entity === 'string' ? v.entity : isRecord(v) && typeof v.name === 'string' ? v.name : '')).filter((v) => v !== '');
    return { n: value.length, entities };
  }
  if (isRecord(value)) {
    let n = 0;
    const entities: string[] = [];
    for (const [kind, v] of Object.entries(value)) {
      const inner = count(v);
      n += inner.n;
      entities.push(...inner.entities.map((e) => (e.includes(':') ? e : `${kind}:${e}`)));
    }
    return { n, entities };
  }
  return { n: 0, entities: [] };
}

function issue(value: unknown): ImportIssueView | undefined {
  if (!isRecord(value)) return typeof value === 'string' ? { message: value, code: undefined, entity: undefined, file: undefined, document: undefined, line: undefined } : undefined;
  const message = typeof value.message === 'string' ? value.message : typeof value.detail === 'string' ? value.detail : undefined;
  if (message === undefined) return undefined;
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
  const doc = num(value.document);
  return {
    message,
    code: typeof value.code === 'string' ? value.code : undefined,
    entity: typeof value.entity === 'string' ? value.entity : undefined,
    file: typeof value.file === 'string' ? value.file : undefined,
    document: doc === undefined ? undefined : doc + 1,
    line: num(value.line),
  };
}

function issues(value: unknown): ImportIssueView[] {
  return Array.isArray(value) ? value.map(issue).filter((i) => i !== undefined) : [];
}

/** Reads a success body, or the body of a refused import (a problem document with issues). */
export function toImportReport(body: unknown): ImportReport {
  const root = isRecord(body) ? body : {};
  const summary = isRecord(root.summary) ? root.summary : root;
  const created = count(summary.created);
  const updated = count(summary.updated);
  const unchanged = count(summary.unchanged);
  return {
    created: created.n,
    updated: updated.n,
    unchanged: unchanged.n,
    createdEntities: created.entities,
    updatedEntities: updated.entities,
    errors: issues(root.errors ?? root.issues),
    warnings: issues(root.warnings),
  };
}

/** "line 12 (document 3, catalog.yaml)" — where to look, as precisely as the API said. */
export function describeWhere(i: ImportIssueView): string {
  const parts: string[] = [];
  if (i.line !== undefined) parts.push(`line ${i.line}`);
  const extra: string[] = [];
  if (i.document !== undefined) extra.push(`document ${i.document}`);
  if (i.file !== undefined) extra.push(i.file);
  if (extra.length > 0) parts.push(parts.length > 0 ? `(${extra.join(', ')})` : extra.join(', '));
  return parts.join(' ');
}
