/**
 * Server-side glue around the shared engines: parse an uploaded document once (the shared
 * loader, no file reads), lint it, diff it against the previous version. Throws only
 * ValidationError (422) for input that is not an OpenAPI document.
 */
import { parseDocument, type ParsedDocument } from './document/index.js';
import { adapt } from './diff/load.js';
import { diffDocuments } from './diff/diff.js';
import { buildDocumentView, InvalidDocumentError, type DocumentView } from './diff/document-view.js';
import type { Change } from './diff/change.js';
import { lintDocument, type LintFinding, type Ruleset } from './lint/index.js';
import { ValidationError } from '../../platform/errors.js';

export interface Upload {
  readonly document: ParsedDocument;
  readonly view: DocumentView;
  /** `3.0.3`, `3.1.0`, `2.0`... */
  readonly openapiVersion: string;
}

export interface LintSummary {
  error: number;
  warn: number;
  info: number;
  hint: number;
}

/** Parses OpenAPI text (JSON or YAML); 422 with the line of the problem when it cannot. */
export function parseUpload(text: string, label: string): Upload {
  const document = parseDocument(text, { source: label });
  const problem = document.diagnostics.find((d) => d.code === 'parser' && d.severity === 'error');
  if (problem) {
    throw new ValidationError(`The document cannot be parsed (line ${String(problem.range.start.line + 1)}): ${problem.message}`, [
      { field: 'document', message: problem.message },
    ]);
  }
  if (document.formats.size === 0) {
    throw new ValidationError('The document is not an OpenAPI 2.0/3.x document (no supported `openapi` or `swagger` field).', [
      { field: 'document', message: 'not an OpenAPI document' },
    ]);
  }
  let view: DocumentView;
  try {
    view = buildDocumentView(adapt(document));
  } catch (error) {
    if (error instanceof InvalidDocumentError) throw new ValidationError(`The document is not usable: ${error.message}.`, [{ field: 'document', message: error.message }]);
    throw error;
  }
  const data = view.data;
  const declared = data.openapi ?? data.swagger;
  return { document, view, openapiVersion: typeof declared === 'string' || typeof declared === 'number' ? String(declared) : view.version };
}

export function lintUpload(upload: Upload, ruleset: Ruleset): { summary: LintSummary; findings: LintFinding[] } {
  const findings = lintDocument(upload.document, ruleset);
  return { summary: summariseFindings(findings), findings };
}

export function summariseFindings(findings: readonly LintFinding[]): LintSummary {
  const summary: LintSummary = { error: 0, warn: 0, info: 0, hint: 0 };
  for (const finding of findings) {
    if (finding.severity === 0) summary.error++;
    else if (finding.severity === 1) summary.warn++;
    else if (finding.severity === 2) summary.info++;
    else summary.hint++;
  }
  return summary;
}

/**
 * The changes from the previous version to this one. Documents of different OpenAPI major
 * versions (2.0 vs 3.x) cannot be compared operation by operation: that is one breaking
 * change of the whole document.
 */
export function changesBetween(previous: Upload, next: Upload, now: Date): Change[] {
  try {
    return [...diffDocuments(adapt(previous.document), adapt(next.document), { now }).changes];
  } catch (error) {
    if (!(error instanceof InvalidDocumentError)) throw error;
    return [
      {
        id: 'openapi-major-version-changed',
        level: 'breaking',
        message: `The document moved from OpenAPI ${previous.openapiVersion} to ${next.openapiVersion}; clients generated from it must be regenerated (${error.message}).`,
      },
    ];
  }
}
