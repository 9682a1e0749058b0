/**
 * Built-in checks are written once with both forms: an automatic expression over facts,
 * used when every fact namespace it needs is registered, and an attestation otherwise. As
 * modules land (apis, architecture, reliability, ...) their checks turn automatic without
 * editing the checklist. Pure.
 */
import type { FactRegistry } from '../fact-registry.js';
import type { CheckDefinition, ScorecardDefinition } from '../readiness.js';
import { compileExpression } from '../expression.js';

export interface BuiltinCheck {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly level: string;
  readonly group: string;
  /** The automatic form and the fact namespaces it reads. */
  readonly automatic?: { readonly expression: string; readonly needs: readonly string[] };
  /** Days an attestation stays valid (the attestation form). */
  readonly validForDays?: number;
}

export interface BuiltinScorecard extends Omit<ScorecardDefinition, 'checks' | 'builtin'> {
  readonly checks: readonly BuiltinCheck[];
}

const DEFAULT_VALIDITY_DAYS = 180;

function resolveCheck(registry: FactRegistry, check: BuiltinCheck): CheckDefinition {
  const { automatic, validForDays, ...rest } = check;
  const usable = automatic !== undefined && automatic.needs.every((namespace) => registry.hasNamespace(namespace));
  // A registered namespace whose facts changed shape falls back to an attestation instead of
  // breaking the built-in scorecard; builtin.test.ts keeps the expressions compiling.
  if (usable && compileExpression(registry, automatic.expression).ok) {
    return { ...rest, rule: { kind: 'expression', expression: automatic.expression } };
  }
  return { ...rest, rule: { kind: 'attestation', validForDays: validForDays ?? DEFAULT_VALIDITY_DAYS } };
}

export function resolveBuiltin(registry: FactRegistry, scorecard: BuiltinScorecard): ScorecardDefinition {
  return { ...scorecard, builtin: true, checks: scorecard.checks.map((check) => resolveCheck(registry, check)) };
}
