/**
 * The scorecard evaluator: compiles a scorecard once (expressions parsed and type-checked,
 * facts resolved) and evaluates it for any number of services. Evaluation never throws:
 * a missing fact or a CEL runtime error fails the check with a reason. Pure: no I/O.
 */
import { factValueOf, type Activation, type FactRegistry } from './fact-registry.js';
import type { FactDefinition, Subject } from './facts.js';
import { compileExpression, type CompiledExpression, type ExpressionProblem } from './expression.js';
import { levelReached, scoreOf } from './level.js';
import type { Attestation, CheckDefinition, CheckResult, FactUsed, Fix, ScorecardDefinition, ScorecardResult } from './readiness.js';

interface CompiledCheck {
  readonly definition: CheckDefinition;
  readonly levelIndex: number;
  readonly expression: CompiledExpression | null;
  /** Facts of the expression with their declarations, resolved once. */
  readonly facts: readonly { readonly key: string; readonly namespace: string; readonly name: string; readonly required: boolean; readonly definition: FactDefinition | undefined }[];
}

export interface CompiledScorecard {
  readonly definition: ScorecardDefinition;
  readonly filter: CompiledExpression | null;
  readonly checks: readonly CompiledCheck[];
}

export interface CompileProblem {
  /** JSON pointer of the offending field in the scorecard definition, e.g. `/checks/3/expression`. */
  readonly field: string;
  readonly problem: ExpressionProblem;
}

export type ScorecardCompileResult =
  | { readonly ok: true; readonly scorecard: CompiledScorecard }
  | { readonly ok: false; readonly problems: readonly CompileProblem[] };

function problem(message: string): ExpressionProblem {
  return { message, offset: 0, line: 1, column: 1 };
}

export function compileScorecard(registry: FactRegistry, definition: ScorecardDefinition): ScorecardCompileResult {
  const problems: CompileProblem[] = [];
  let filter: CompiledExpression | null = null;
  if (definition.filter !== null) {
    const result = compileExpression(registry, definition.filter);
    if (result.ok) filter = result.expression;
    else problems.push({ field: '/filter', problem: result.problem });
  }
  const levelIndexes = new Map(definition.levels.map((level, index) => [level, index]));
  const checks: CompiledCheck[] = [];
  definition.checks.forEach((check, index) => {
    const levelIndex = levelIndexes.get(check.level);
    if (levelIndex === undefined) {
      problems.push({ field: `/checks/${index}/level`, problem: problem(`Unknown level "${check.level}"; the levels are ${definition.levels.join(', ')}.`) });
      return;
    }
    if (check.rule.kind === 'attestation') {
      checks.push({ definition: check, levelIndex, expression: null, facts: [] });
      return;
    }
    const result = compileExpression(registry, check.rule.expression);
    if (!result.ok) {
      problems.push({ field: `/checks/${index}/expression`, problem: result.problem });
      return;
    }
    const facts = result.expression.references.map((reference) => ({
      key: reference.key,
      namespace: reference.namespace,
      name: reference.name,
      required: !reference.optional,
      definition: registry.fact(reference.namespace, reference.name),
    }));
    checks.push({ definition: check, levelIndex, expression: result.expression, facts });
  });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, scorecard: { definition, filter, checks } };
}

/** What the evaluator needs besides the compiled scorecard. */
export interface EvaluationInput {
  readonly subject: Subject;
  /** Built once per subject with `registry.activation(subject)` and shared by its scorecards. */
  readonly activation: Activation;
  /** The latest attestation of a check for this subject, if any. */
  readonly attestation: (scorecard: string, check: string) => Attestation | undefined;
  readonly now: Date;
}

function isPresent(activation: Activation, namespace: string, name: string): boolean {
  return activation[namespace]?.[name] !== undefined;
}

/** Whether the scorecard applies to the subject (its filter; a filter on missing facts excludes). */
export function appliesTo(scorecard: CompiledScorecard, activation: Activation): boolean {
  const filter = scorecard.filter;
  if (!filter) return true;
  for (const reference of filter.required) if (!isPresent(activation, reference.namespace, reference.name)) return false;
  try {
    return filter.evaluate(activation) === true;
  } catch {
    return false;
  }
}

function fixFor(service: string, definitions: readonly (FactDefinition | undefined)[]): Fix | null {
  for (const definition of definitions) {
    if (definition?.fixHint) return { hint: definition.fixHint.replaceAll('{service}', service), link: (definition.fixLink ?? '').replaceAll('{service}', service) };
  }
  return null;
}

function errorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}

function evaluateExpressionCheck(check: CompiledCheck, expression: CompiledExpression, input: EvaluationInput, base: Omit<CheckResult, 'passed' | 'reason' | 'facts' | 'fix'>): CheckResult {
  const { activation, subject } = input;
  const facts: FactUsed[] = [];
  const missing: CompiledCheck['facts'][number][] = [];
  for (const fact of check.facts) {
    const value = factValueOf(activation, fact.namespace, fact.name);
    const isMissing = value === undefined;
    facts.push({ fact: fact.key, value: isMissing ? null : value, missing: isMissing });
    if (isMissing && fact.required) missing.push(fact);
  }
  if (missing.length > 0) {
    const reason = `fact missing: ${missing.map((fact) => (fact.definition ? `${fact.key} (${fact.definition.description})` : fact.key)).join(', ')}`;
    return { ...base, passed: false, reason, facts, fix: fixFor(subject.service, missing.map((fact) => fact.definition)) };
  }
  let value: unknown;
  try {
    value = expression.evaluate(activation);
  } catch (error) {
    return { ...base, passed: false, reason: `evaluation error: ${errorMessage(error)}`, facts, fix: fixFor(subject.service, check.facts.map((fact) => fact.definition)) };
  }
  if (value === true) return { ...base, passed: true, reason: null, facts, fix: null };
  const shown = facts.map((fact) => `${fact.fact} = ${JSON.stringify(fact.value)}`).join(', ');
  const reason = `not satisfied: ${expression.source}${shown === '' ? '' : ` (${shown})`}`;
  return { ...base, passed: false, reason, facts, fix: fixFor(subject.service, check.facts.map((fact) => fact.definition)) };
}

function attestationLink(scorecard: string, check: string, service: string): Fix {
  return {
    hint: `Attest "${check}" with evidence (a link or a note)`,
    link: `/api/v1/services/${service}/attestations?scorecard=${scorecard}&check=${check}`,
  };
}

function evaluateAttestationCheck(scorecard: string, check: CompiledCheck, input: EvaluationInput, base: Omit<CheckResult, 'passed' | 'reason' | 'facts' | 'fix' | 'attestation'>): CheckResult {
  const name = check.definition.name;
  const service = input.subject.service;
  const attestation = input.attestation(scorecard, name);
  if (!attestation) return { ...base, passed: false, reason: 'not attested', facts: [], attestation: null, fix: attestationLink(scorecard, name, service) };
  if (Date.parse(attestation.expiresAt) <= input.now.getTime()) {
    return {
      ...base,
      passed: false,
      reason: `attestation expired on ${attestation.expiresAt.slice(0, 10)} (attested by ${attestation.attestedBy})`,
      facts: [],
      attestation,
      fix: attestationLink(scorecard, name, service),
    };
  }
  return { ...base, passed: true, reason: null, facts: [], attestation, fix: null };
}

/** Evaluates a scorecard for a subject it applies to (callers check `appliesTo` first). */
export function evaluateScorecard(scorecard: CompiledScorecard, input: EvaluationInput): ScorecardResult {
  const { definition } = scorecard;
  const results: CheckResult[] = [];
  const failingLevels: number[] = [];
  let passed = 0;
  for (const check of scorecard.checks) {
    const base = {
      check: check.definition.name,
      title: check.definition.title,
      level: check.definition.level,
      group: check.definition.group,
      kind: check.definition.rule.kind,
      attestation: null,
    };
    const result = check.expression
      ? evaluateExpressionCheck(check, check.expression, input, base)
      : evaluateAttestationCheck(definition.name, check, input, base);
    results.push(result);
    if (result.passed) passed += 1;
    else failingLevels.push(check.levelIndex);
  }
  const reached = levelReached(definition.levels.length, failingLevels);
  return {
    scorecard: definition.name,
    service: input.subject.service,
    team: input.subject.team,
    level: definition.levels[reached] ?? null,
    nextLevel: definition.levels[reached + 1] ?? null,
    score: scoreOf(passed, results.length),
    passed,
    total: results.length,
    checks: results,
  };
}
