/** The built-in scorecards, resolved against the registered fact namespaces. */
import type { FactRegistry } from '../fact-registry.js';
import type { ScorecardDefinition } from '../readiness.js';
import { resolveBuiltin, type BuiltinScorecard } from './builtin-check.js';
import { PRODUCTION_READINESS } from './production-readiness.js';
import { API_READINESS } from './api-readiness.js';
import { ARCHITECTURE_HYGIENE } from './architecture-hygiene.js';

export const BUILTIN_SCORECARDS: readonly BuiltinScorecard[] = [PRODUCTION_READINESS, API_READINESS, ARCHITECTURE_HYGIENE];

export function builtinScorecards(registry: FactRegistry): ScorecardDefinition[] {
  return BUILTIN_SCORECARDS.map((scorecard) => resolveBuiltin(registry, scorecard));
}

export { PRODUCTION_READINESS_GROUPS } from './production-readiness.js';
export type { BuiltinCheck, BuiltinScorecard } from './builtin-check.js';
