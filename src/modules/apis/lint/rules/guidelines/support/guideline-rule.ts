/**
 * The shape of a Groundwork guideline rule: an engine `RuleDefinition` whose documentation
 * fields (category, description, rationale, examples, options) are required, because the
 * guidelines document and the UI are generated from them.
 */
import { isRecord } from '../../../../document/index.js';
import type { JsonSchema, RuleDefinition, RuleFunction, RuleThen, SeverityName } from '../../../engine/types.js';

export const GUIDELINE_CATEGORIES = ['naming', 'errors', 'pagination', 'versioning', 'security', 'documentation'] as const;
export type GuidelineCategory = (typeof GUIDELINE_CATEGORIES)[number];

export interface GuidelineRule<Options extends object = object> extends RuleDefinition {
  readonly id: string;
  readonly category: GuidelineCategory;
  readonly severity: SeverityName;
  readonly description: string;
  readonly message: string;
  readonly rationale: string;
  /** Small OpenAPI documents (YAML text) that pass / fail the rule. */
  readonly examples: { readonly good: readonly string[]; readonly bad: readonly string[] };
  readonly options: { readonly schema: JsonSchema; readonly defaults: Options };
  readonly given: string;
  readonly then: RuleThen;
}

/** Options schema for a rule that takes none. */
export const NO_OPTIONS_SCHEMA: JsonSchema = { type: 'object', properties: {}, additionalProperties: false };

/**
 * Merges what the engine passes with the rule's defaults. The engine already merges
 * validated ruleset options with the defaults; merging again keeps a rule correct when it is
 * called directly (tests, other runners) with partial or no options.
 */
export function withDefaults<Options extends object>(defaults: Options, given: unknown): Options {
  if (!isRecord(given)) return defaults;
  return { ...defaults, ...given };
}

/**
 * Builds a rule's `then` from a typed check function. The engine types built-in functions as
 * `RuleFunction<never>`; this keeps each rule's own options type checked inside the rule.
 */
export function check<Options extends object>(defaults: Options, fn: RuleFunction<Options>): RuleThen {
  const wrapped: RuleFunction = (target, options, context) => fn(target, withDefaults(defaults, options), context);
  // Nameless, so the engine names the function after the rule id in its messages.
  Object.defineProperty(wrapped, 'name', { value: '' });
  return { function: wrapped };
}

/**
 * Compiles a regular expression from rule options; an invalid one matches nothing instead of
 * throwing (rule functions never throw — the options schema cannot check regex syntax).
 */
export function safeRegExp(pattern: string, flags = 'u'): RegExp {
  try {
    return new RegExp(pattern, flags);
  } catch {
    return /(?!)/;
  }
}
