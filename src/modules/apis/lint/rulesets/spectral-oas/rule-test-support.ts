/**
 * Test support for spectral:oas rules: lints a document (YAML text) with exactly one rule of
 * the ruleset, enabled at its own severity, and returns that rule's findings.
 */
import { parseDocument } from '../../../document/index.js';
import { lintDocument } from '../../engine/lint.js';
import type { LintFinding } from '../../engine/types.js';
import { compileDraft, emptyDraft, extendWith } from '../../spectral/compile-ruleset.js';
import { spectralOas } from './index.js';

export function lintWithRule(ruleId: string, yaml: string, extension: 'yaml' | 'json' = 'yaml'): LintFinding[] {
  const draft = emptyDraft();
  extendWith(draft, spectralOas, 'all');
  for (const id of [...draft.rules.keys()]) if (id !== ruleId) draft.rules.delete(id);
  const document = parseDocument(yaml, { source: `/virtual/${ruleId}.${extension}` });
  return lintDocument(document, compileDraft(draft)).filter((finding) => finding.code === ruleId);
}

/** `path` and 0-based start line of each finding, for compact expectations. */
export function where(findings: readonly LintFinding[]): [string, number][] {
  return findings.map((finding) => [finding.path.join('.'), finding.range.start.line]);
}

/**
 * Each finding's range starts on the line of the node it names: the key of an object member,
 * the dash of an array item, or the document's first line for the root.
 */
export function expectRangesAtKeys(yaml: string, findings: readonly LintFinding[]): void {
  const lines = yaml.split('\n');
  for (const finding of findings) {
    const line = lines[finding.range.start.line] ?? '';
    const last = finding.path.at(-1);
    const ok =
      last === undefined
        ? finding.range.start.line === 0
        // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-conversion -- the value comes from untyped document data
        : typeof last === 'number' || /^\d+$/.test(String(last))
          ? line.trimStart().startsWith('-') || line.includes('[')
          // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-conversion -- the value comes from untyped document data
          : line.includes(String(last).replace(/^\//, '')) || line.includes(`${String(last)}:`);
    if (!ok) throw new Error(`${finding.code}: range line ${String(finding.range.start.line)} "${line}" does not hold ${finding.path.join('.')}`);
    if (finding.range.end.line < finding.range.start.line) throw new Error(`${finding.code}: range ends before it starts`);
  }
}
