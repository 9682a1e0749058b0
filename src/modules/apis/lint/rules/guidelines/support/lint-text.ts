/**
 * Lints an in-memory document with some of the guideline rules, through the real engine
 * (ruleset compilation, options validation, JSONPath, ranges). Used by the rule tests, the
 * meta-test of the examples and anything that wants to show a rule on a snippet.
 */
import { parseDocument } from '../../../../document/index.js';
import { lintDocument } from '../../../engine/lint.js';
import type { Ruleset } from '../../../engine/ruleset.js';
import type { LintFinding, RulesetDefinition } from '../../../engine/types.js';
import { applyRuleEntry, compileDraft, emptyDraft, extendWith } from '../../../spectral/compile-ruleset.js';
import { groundworkGuidelines } from '../../../rulesets/groundwork-guidelines.js';

export interface LintTextOptions {
  /** Rules to run (default: every guideline rule). */
  readonly rules?: readonly string[];
  /** Options per rule id, as a ruleset file would set them. */
  readonly options?: Readonly<Record<string, unknown>>;
  readonly source?: string;
}

// Compiling validates every rule's options with Ajv, which costs far more than linting a
// snippet; tests lint hundreds of snippets with a handful of configurations.
const compiled = new Map<string, Ruleset>();

function rulesetFor(settings: LintTextOptions): Ruleset {
  const key = JSON.stringify([settings.rules ?? null, settings.options ?? null]);
  const known = compiled.get(key);
  if (known !== undefined) return known;
  const selected = settings.rules;
  const definition: RulesetDefinition =
    selected === undefined
      ? groundworkGuidelines
      : {
          ...groundworkGuidelines,
          rules: Object.fromEntries(Object.entries(groundworkGuidelines.rules).filter(([id]) => selected.includes(id))),
        };
  const draft = emptyDraft();
  extendWith(draft, definition, 'all');
  for (const [id, options] of Object.entries(settings.options ?? {})) applyRuleEntry(draft, id, { options }, undefined, 'lintText');
  const ruleset = compileDraft(draft);
  compiled.set(key, ruleset);
  return ruleset;
}

export function lintText(text: string, settings: LintTextOptions = {}): LintFinding[] {
  const ruleset = rulesetFor(settings);
  const document = parseDocument(text, { source: settings.source ?? '/virtual/openapi.yaml' });
  return lintDocument(document, ruleset);
}

/** Findings of one rule only (other rules off), optionally with options for it. */
export function findingsOf(ruleId: string, text: string, options?: unknown): LintFinding[] {
  return lintText(text, { rules: [ruleId], ...(options === undefined ? {} : { options: { [ruleId]: options } }) }).filter(
    (finding) => finding.code === ruleId,
  );
}

/** `paths./orders.get` style keys of findings, for compact assertions. */
export function pathsOf(findings: readonly LintFinding[]): string[] {
  return findings.map((finding) => finding.path.join('.'));
}

/** The source text from a finding's range start to the end of that line (to assert ranges). */
export function sourceAt(text: string, finding: LintFinding | undefined): string {
  if (finding === undefined) return '';
  const line = text.split('\n')[finding.range.start.line] ?? '';
  return line.slice(finding.range.start.character);
}
