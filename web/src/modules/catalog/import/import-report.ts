import type { ImportIssue, ImportResult } from '../../../api/types.js';

// The import endpoint's answer as the page shows it. Pure.

export interface ImportIssueView {
  message: string;
  entity: string | undefined;
  /** Where, as precisely as the API said: "line 12 (document 3, file.yaml)". */
  where: string;
}

export interface ImportReport {
  created: number;
  updated: number;
  unchanged: number;
  createdEntities: string[];
  updatedEntities: string[];
  errors: ImportIssueView[];
  warnings: ImportIssueView[];
  skipped: ImportIssueView[];
}

/** The API counts documents from 0; people count from 1. */
export function describeWhere(i: Pick<ImportIssue, 'line' | 'document' | 'file'>): string {
  const extra: string[] = [];
  if (i.document !== undefined) extra.push(`document ${i.document + 1}`);
  if (i.file !== undefined) extra.push(i.file);
  if (i.line === undefined) return extra.join(', ');
  return extra.length > 0 ? `line ${i.line} (${extra.join(', ')})` : `line ${i.line}`;
}

function view(i: ImportIssue): ImportIssueView {
  return { message: i.message, entity: i.entity, where: describeWhere(i) };
}

export function toImportReport(result: ImportResult): ImportReport {
  const names = (action: string) => result.entities.filter((e) => e.action === action).map((e) => `${e.kind}:${e.name}`);
  return {
    created: result.created,
    updated: result.updated,
    unchanged: result.unchanged,
    createdEntities: names('created'),
    updatedEntities: names('updated'),
    errors: result.errors.map(view),
    warnings: result.warnings.map(view),
    skipped: result.skipped.map(view),
  };
}

/**
 * A refused import (problem document): its field errors carry the place as
 * `file[document]:line`, rewritten here the way the preview shows places.
 */
export function reportFromProblem(errors: readonly { field: string; message: string }[], fallback: string): ImportReport {
  const views = errors.map((e) => {
    const m = /^(.*)\[(\d+)\]:(\d+)$/.exec(e.field);
    const where = m ? describeWhere({ file: m[1] === 'body' ? undefined : m[1], document: Number(m[2]), line: Number(m[3]) || undefined }) : e.field;
    return { message: e.message, entity: undefined, where };
  });
  if (views.length === 0) views.push({ message: fallback, entity: undefined, where: '' });
  return { created: 0, updated: 0, unchanged: 0, createdEntities: [], updatedEntities: [], errors: views, warnings: [], skipped: [] };
}
