import type { RulesetDefinition } from '../engine/types.js';
import { isRecord } from '../../document/index.js';

/** Names a ruleset file or the CLI may use for Groundwork's built-in rulesets. */
export const BUILTIN_RULESET_NAMES = ['spectral:oas', 'groundwork:guidelines'] as const;
export type BuiltinRulesetName = (typeof BUILTIN_RULESET_NAMES)[number];

export function isBuiltinRulesetName(name: string): name is BuiltinRulesetName {
  return (BUILTIN_RULESET_NAMES as readonly string[]).includes(name);
}

function isRulesetDefinition(value: unknown): value is RulesetDefinition {
  return isRecord(value) && typeof value['id'] === 'string' && isRecord(value['rules']);
}

/** Finds the RulesetDefinition a module exports (whatever its export name). */
function pickRuleset(module: unknown, name: string): RulesetDefinition {
  if (isRecord(module)) {
    for (const value of Object.values(module)) if (isRulesetDefinition(value)) return value;
  }
  throw new Error(`built-in ruleset "${name}" is not available`);
}

/** Loads a built-in ruleset lazily (each is a module of rule definitions). */
export async function loadBuiltinRuleset(name: BuiltinRulesetName): Promise<RulesetDefinition> {
  if (name === 'spectral:oas') {
    const module: unknown = await import('../rulesets/spectral-oas/index.js');
    return pickRuleset(module, name);
  }
  // A literal specifier, so that the lint bundle (ADR 0020) includes it as a lazy chunk.
  const module: unknown = await import('../rulesets/groundwork-guidelines.js');
  return pickRuleset(module, name);
}
