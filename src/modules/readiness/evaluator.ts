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

/** A text with `{service}` placeholders, split once so filling it is a join. */
type Template = readonly string[];

function template(text: string): Template {
  return text.split('{service}');
}

function fillTemplate(parts: Template, service: string): string {
  return parts.length === 1 ? (parts[0] ?? '') : parts.join(service);
}

interface CompiledFix {
  readonly hint: Template;
  readonly link: Template;
}

interface CompiledFact {
  readonly key: string;
  readonly namespace: string;
  readonly name: string;
  readonly required: boolean;
  readonly definition: FactDefinition | undefined;
  /** This fact's fix, if its declaration names one. */
  readonly fix: CompiledFix | null;
}

interface CompiledCheck {
  readonly definition: CheckDefinition;
  /** `scorecard/check`: the attestation lookup key, built once. */
  readonly key: string;
  readonly levelIndex: number;
  readonly expression: CompiledExpression | null;
  /** Facts of the expression with their declarations, resolved once. */
  readonly facts: readonly CompiledFact[];
  /** The fix of a failing check: that of its first fact which has one. */
  readonly fix: CompiledFix | null;
  /** Summary-mode results that do not depend on the service, built once and shared. */
  readonly shared: SharedResults;
}

interface SharedResults {
  passed: CheckResult | undefined;
  notAttested: CheckResult | undefined;
  /** By the bit mask of the missing required facts. */
  readonly missing: Map<number, CheckResult>;
}

export interface CompiledScorecard {
  readonly definition: ScorecardDefinition;
  /** Per level index, whether any check belongs to it. */
  readonly levelHasChecks: readonly boolean[];
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

function sharedResults(): SharedResults {
  return { passed: undefined, notAttested: undefined, missing: new Map() };
}

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
      checks.push({ definition: check, key: `${definition.name}/${check.name}`, levelIndex, expression: null, facts: [], fix: null, shared: sharedResults() });
      return;
    }
    const result = compileExpression(registry, check.rule.expression);
    if (!result.ok) {
      problems.push({ field: `/checks/${index}/expression`, problem: result.problem });
      return;
    }
    const facts = result.expression.references.map((reference): CompiledFact => {
      const declaration = registry.fact(reference.namespace, reference.name);
      return {
        key: reference.key,
        namespace: reference.namespace,
        name: reference.name,
        required: !reference.optional,
        definition: declaration,
        fix: declaration?.fixHint ? { hint: template(declaration.fixHint), link: template(declaration.fixLink ?? '') } : null,
      };
    });
    const fix = facts.find((fact) => fact.fix !== null)?.fix ?? null;
    checks.push({ definition: check, key: `${definition.name}/${check.name}`, levelIndex, expression: result.expression, facts, fix, shared: sharedResults() });
  });
  if (problems.length > 0) return { ok: false, problems };
  const levelHasChecks = definition.levels.map((_level, index) => checks.some((check) => check.levelIndex === index));
  return { ok: true, scorecard: { definition, levelHasChecks, filter, checks } };
}

/** What the evaluator needs besides the compiled scorecard. */
export interface EvaluationInput {
  readonly subject: Subject;
  /** Built once per subject with `registry.activation(subject)` and shared by its scorecards. */
  readonly activation: Activation;
  /** The latest attestation of a check for this subject, by `scorecard/check`, if any. */
  readonly attestation: (key: string) => Attestation | undefined;
  readonly now: Date;
  /**
   * false: a summary for reports, campaigns and history (level, pass/fail, reasons), without
   * the facts used and the fix links of each check; results that do not depend on the
   * service are shared between services. Default true: everything, for one service's page.
   */
  readonly detail?: boolean;
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

function fixOf(service: string, fix: CompiledFix | null): Fix | null {
  return fix === null ? null : { hint: fillTemplate(fix.hint, service), link: fillTemplate(fix.link, service) };
}

function firstFix(facts: readonly CompiledFact[]): CompiledFix | null {
  for (const fact of facts) if (fact.fix !== null) return fact.fix;
  return null;
}

function errorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}

/**
 * Builds a result as one object literal. Deliberately no object spread on this path: V8
 * (Node 20) takes a slow runtime path for `{ ...base, extra }`, measured ~50× slower here.
 */
function result(check: CompiledCheck, passed: boolean, reason: string | null, facts: FactUsed[], attestation: Attestation | null, fix: Fix | null): CheckResult {
  const definition = check.definition;
  return {
    check: definition.name,
    title: definition.title,
    level: definition.level,
    group: definition.group,
    kind: definition.rule.kind,
    passed,
    reason,
    facts,
    attestation,
    fix,
  };
}

function missingReason(missing: readonly CompiledFact[]): string {
  return `fact missing: ${missing.map((fact) => (fact.definition ? `${fact.key} (${fact.definition.description})` : fact.key)).join(', ')}`;
}

function notSatisfied(expression: CompiledExpression, facts: readonly FactUsed[]): string {
  const shown = facts.map((fact) => `${fact.fact} = ${JSON.stringify(fact.value)}`).join(', ');
  return `not satisfied: ${expression.source}${shown === '' ? '' : ` (${shown})`}`;
}

function factsUsed(check: CompiledCheck, activation: Activation): FactUsed[] {
  const facts: FactUsed[] = [];
  for (const fact of check.facts) {
    const value = factValueOf(activation, fact.namespace, fact.name);
    facts.push(value === undefined ? { fact: fact.key, value: null, missing: true } : { fact: fact.key, value, missing: false });
  }
  return facts;
}

/** Bit mask of the required facts that are missing (0 = none); callers keep to 30 facts. */
function missingMask(check: CompiledCheck, activation: Activation): number {
  let mask = 0;
  const facts = check.facts;
  for (let index = 0; index < facts.length; index += 1) {
    const fact = facts[index];
    if (fact?.required === true && activation[fact.namespace]?.[fact.name] === undefined) mask |= 1 << index;
  }
  return mask;
}

const MASKABLE_FACTS = 30;

function missingFacts(check: CompiledCheck, activation: Activation): CompiledFact[] {
  return check.facts.filter((fact) => fact.required && activation[fact.namespace]?.[fact.name] === undefined);
}

function runExpression(expression: CompiledExpression, activation: Activation): { value: unknown } | { error: string } {
  try {
    return { value: expression.evaluate(activation) };
  } catch (error) {
    return { error: `evaluation error: ${errorMessage(error)}` };
  }
}

function evaluateExpressionCheck(check: CompiledCheck, expression: CompiledExpression, input: EvaluationInput): CheckResult {
  const { activation, subject } = input;
  const facts = factsUsed(check, activation);
  const missing = missingFacts(check, activation);
  if (missing.length > 0) return result(check, false, missingReason(missing), facts, null, fixOf(subject.service, firstFix(missing)));
  const outcome = runExpression(expression, activation);
  if ('error' in outcome) return result(check, false, outcome.error, facts, null, fixOf(subject.service, check.fix));
  if (outcome.value === true) return result(check, true, null, facts, null, null);
  return result(check, false, notSatisfied(expression, facts), facts, null, fixOf(subject.service, check.fix));
}

/** The summary form: no facts or fixes, and the results that do not depend on the service shared. */
function summariseExpressionCheck(check: CompiledCheck, expression: CompiledExpression, activation: Activation): CheckResult {
  const shared = check.shared;
  if (check.facts.length > MASKABLE_FACTS) {
    const missing = missingFacts(check, activation);
    if (missing.length > 0) return result(check, false, missingReason(missing), NO_FACTS, null, null);
  }
  const mask = check.facts.length > MASKABLE_FACTS ? 0 : missingMask(check, activation);
  if (mask !== 0) {
    let found = shared.missing.get(mask);
    if (!found) {
      found = result(check, false, missingReason(missingFacts(check, activation)), NO_FACTS, null, null);
      shared.missing.set(mask, found);
    }
    return found;
  }
  const outcome = runExpression(expression, activation);
  if ('error' in outcome) return result(check, false, outcome.error, NO_FACTS, null, null);
  if (outcome.value === true) return (shared.passed ??= result(check, true, null, NO_FACTS, null, null));
  return result(check, false, notSatisfied(expression, factsUsed(check, activation)), NO_FACTS, null, null);
}

function attestationLink(scorecard: string, check: string, service: string): Fix {
  return {
    hint: `Attest "${check}" with evidence (a link or a note)`,
    link: `/api/v1/services/${service}/attestations?scorecard=${scorecard}&check=${check}`,
  };
}

const NO_FACTS: FactUsed[] = [];
const NOT_ATTESTED = 'not attested';

function evaluateAttestationCheck(scorecard: string, check: CompiledCheck, input: EvaluationInput, detail: boolean, nowIso: string): CheckResult {
  const name = check.definition.name;
  const service = input.subject.service;
  const attestation = input.attestation(check.key);
  if (!attestation) {
    if (detail) return result(check, false, NOT_ATTESTED, NO_FACTS, null, attestationLink(scorecard, name, service));
    return (check.shared.notAttested ??= result(check, false, NOT_ATTESTED, NO_FACTS, null, null));
  }
  // ISO-8601 UTC strings of one format compare as instants do.
  if (attestation.expiresAt <= nowIso) {
    const reason = `attestation expired on ${attestation.expiresAt.slice(0, 10)} (attested by ${attestation.attestedBy})`;
    return result(check, false, reason, NO_FACTS, attestation, detail ? attestationLink(scorecard, name, service) : null);
  }
  return result(check, true, null, NO_FACTS, attestation, null);
}

let lastNowMs = Number.NaN;
let lastNowIso = '';

/** `now` as ISO-8601, formatted once per instant: a batch shares one instant and toISOString is costly. */
function isoOf(now: Date): string {
  const ms = now.getTime();
  if (ms !== lastNowMs) {
    lastNowMs = ms;
    lastNowIso = now.toISOString();
  }
  return lastNowIso;
}

/** Evaluates a scorecard for a subject it applies to (callers check `appliesTo` first). */
export function evaluateScorecard(scorecard: CompiledScorecard, input: EvaluationInput): ScorecardResult {
  const { definition } = scorecard;
  const results: CheckResult[] = [];
  const failingLevels: number[] = [];
  const detail = input.detail ?? true;
  const nowIso = isoOf(input.now);
  let passed = 0;
  for (const check of scorecard.checks) {
    const checkResult = check.expression
      ? detail
        ? evaluateExpressionCheck(check, check.expression, input)
        : summariseExpressionCheck(check, check.expression, input.activation)
      : evaluateAttestationCheck(definition.name, check, input, detail, nowIso);
    results.push(checkResult);
    if (checkResult.passed) passed += 1;
    else failingLevels.push(check.levelIndex);
  }
  const reached = levelReached(scorecard.levelHasChecks, failingLevels);
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
