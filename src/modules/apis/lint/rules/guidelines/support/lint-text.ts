/**
 * Lints an in-memory document with some of the guideline rules, through the real engine
 * (ruleset compilation, options validation, JSONPath, ranges). Used by the rule tests, the
 * meta-test of the examples and anything that wants to show a rule on a snippet.
 */
import { parseDocument } from '../../../../document/index.js';
import { lintDocument } from '../../../engine/lint.js';
import type { LintFinding } from '../../../engine/types.js';
import { applyRuleEntry, compileDraft, emptyDraft, extendWith } from '../../../spectral/compile-ruleset.js';
import { groundworkGuidelines } from '../../../rulesets/groundwork-guidelines.js';

export interface LintTextOptions {
  /** Rules to run (default: every guideline rule). */
  readonly rules?: readonly string[];
  /** Options per rule id, as a ruleset file would set them. */
  readonly options?: Readonly<Record<string, unknown>>;
  readonly source?: string;
}

export function lintText(text: string, settings: LintTextOptions = {}): LintFinding[] {
  const draft = emptyDraft();
  extendWith(draft, groundworkGuidelines, 'all');
  if (settings.rules !== undefined) {
    for (const id of draft.rules.keys()) if (!settings.rules.includes(id)) applyRuleEntry(draft, id, 'off', undefined, 'lintText');
  }
  for (const [id, options] of Object.entries(settings.options ?? {})) applyRuleEntry(draft, id, { options }, undefined, 'lintText');
  const document = parseDocument(text, { source: settings.source ?? '/virtual/openapi.yaml' });
  return lintDocument(document, compileDraft(draft));
}
