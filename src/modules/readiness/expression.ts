/**
 * Compiling CEL expressions over facts: parse and type-check once at save time (refusing
 * syntax errors, unknown facts and non-boolean results with the position of the error),
 * then evaluate the compiled form for any number of services. Pure: no I/O.
 */
import type { ASTNode } from '@marcbachmann/cel-js';
import { factKey } from './facts.js';
import type { Activation, FactRegistry } from './fact-registry.js';

export interface ExpressionProblem {
  readonly message: string;
  /** 0-based character offset in the expression. */
  readonly offset: number;
  /** 1-based line and column of the offset. */
  readonly line: number;
  readonly column: number;
}

export interface FactReference {
  readonly namespace: string;
  readonly name: string;
  /** `namespace.name`. */
  readonly key: string;
  /** Read under `has(...)`: the expression copes with the fact being missing. */
  readonly optional: boolean;
}

export interface CompiledExpression {
  readonly source: string;
  /** Every distinct fact the expression reads, in order of first appearance. */
  readonly references: readonly FactReference[];
  /** The facts that must be present for an evaluation to be meaningful. */
  readonly required: readonly FactReference[];
  /** Evaluates against an activation; throws what CEL throws (the evaluator catches it). */
  readonly evaluate: (activation: Activation) => unknown;
}

export type CompileResult =
  | { readonly ok: true; readonly expression: CompiledExpression }
  | { readonly ok: false; readonly problem: ExpressionProblem };

/** 1-based line and column of a 0-based offset. */
export function positionOf(source: string, offset: number): { line: number; column: number } {
  const clamped = Math.max(0, Math.min(offset, source.length));
  const before = source.slice(0, clamped);
  return { line: before.split('\n').length, column: clamped - before.lastIndexOf('\n') };
}

function problemAt(source: string, offset: number, message: string): ExpressionProblem {
  return { message, offset, ...positionOf(source, offset) };
}

interface CelErrorShape {
  readonly message: string;
  readonly summary?: unknown;
  readonly range?: { readonly start: number };
  readonly node?: { readonly pos: number };
}

function isCelError(error: unknown): error is CelErrorShape {
  return error instanceof Error;
}

function problemFromError(source: string, error: unknown): ExpressionProblem {
  if (!isCelError(error)) return problemAt(source, 0, String(error));
  // cel-js appends a source excerpt to `message`; the first line is the message proper.
  const message = typeof error.summary === 'string' && error.summary !== '' ? error.summary : (error.message.split('\n')[0] ?? error.message);
  const offset = error.range?.start ?? error.node?.pos ?? 0;
  return problemAt(source, offset, message);
}

/** The child nodes of an AST node (operands of any operator). */
function childrenOf(node: ASTNode): ASTNode[] {
  const out: ASTNode[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
    } else if (typeof value === 'object' && value !== null && 'op' in value && 'args' in value) {
      out.push(value as ASTNode);
    }
  };
  if (node.op !== 'value' && node.op !== 'id') visit(node.args);
  return out;
}

interface Walk {
  readonly references: Map<string, FactReference>;
  unknown: { readonly offset: number; readonly message: string } | undefined;
}

function walk(registry: FactRegistry, node: ASTNode, optional: boolean, state: Walk): void {
  if (node.op === '.' || node.op === '.?') {
    const [target, field] = node.args;
    if (target.op === 'id' && registry.hasNamespace(target.args)) {
      const namespace = target.args;
      if (!registry.fact(namespace, field)) {
        state.unknown ??= { offset: node.start, message: `Unknown fact "${factKey(namespace, field)}".` };
        return;
      }
      const key = factKey(namespace, field);
      const previous = state.references.get(key);
      const isOptional = optional || node.op === '.?';
      // A fact read both under has() and outside it is required.
      state.references.set(key, { namespace, name: field, key, optional: previous ? previous.optional && isOptional : isOptional });
      return;
    }
  }
  const underHas = node.op === 'call' && node.args[0] === 'has';
  for (const child of childrenOf(node)) walk(registry, child, optional || underHas, state);
}

export function compileExpression(registry: FactRegistry, source: string): CompileResult {
  if (source.trim() === '') return { ok: false, problem: problemAt(source, 0, 'The expression is empty.') };
  const environment = registry.environment();
  let parsed: ReturnType<typeof environment.parse>;
  try {
    parsed = environment.parse(source);
  } catch (error) {
    return { ok: false, problem: problemFromError(source, error) };
  }
  const state: Walk = { references: new Map(), unknown: undefined };
  walk(registry, parsed.ast, false, state);
  if (state.unknown) return { ok: false, problem: problemAt(source, state.unknown.offset, state.unknown.message) };
  const checked = parsed.check();
  if (!checked.valid) return { ok: false, problem: problemFromError(source, checked.error) };
  if (checked.type !== 'bool') {
    return { ok: false, problem: problemAt(source, 0, `The expression must be a condition (bool); it is ${checked.type ?? 'unknown'}.`) };
  }
  const references = [...state.references.values()];
  const evaluate = (activation: Activation): unknown => parsed(activation) as unknown;
  return { ok: true, expression: { source, references, required: references.filter((reference) => !reference.optional), evaluate } };
}
