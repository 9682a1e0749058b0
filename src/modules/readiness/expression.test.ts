import { describe, expect, it } from 'vitest';
import { FactRegistry } from './fact-registry.js';
import { CATALOG_FACTS } from './catalog-facts.js';
import { compileExpression } from './expression.js';

const registry = new FactRegistry().register(CATALOG_FACTS);

function problemOf(source: string) {
  const result = compileExpression(registry, source);
  if (result.ok) throw new Error(`expected "${source}" to be refused`);
  return result.problem;
}

describe('compileExpression', () => {
  it('compiles a condition and lists the facts it reads, has() making a fact optional', () => {
    const result = compileExpression(registry, 'service.tier <= 2 && (!has(service.runbook) || service.owner != "")');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.expression.references.map((reference) => [reference.key, reference.optional])).toEqual([
      ['service.tier', false],
      ['service.runbook', true],
      ['service.owner', false],
    ]);
    expect(result.expression.required.map((reference) => reference.key)).toEqual(['service.tier', 'service.owner']);
  });

  it('refuses a syntax error with its position', () => {
    expect(problemOf('service.tier <= 2 &&')).toMatchObject({ offset: 20, line: 1, column: 21, message: expect.stringContaining('Unexpected') });
    expect(problemOf('service..tier')).toMatchObject({ offset: 8, column: 9 });
  });

  it('refuses an unknown fact with its position', () => {
    expect(problemOf('service.tier <= 2 && service.runbok != ""')).toEqual({ message: 'Unknown fact "service.runbok".', offset: 21, line: 1, column: 22 });
  });

  it('refuses an unknown namespace and a type mismatch with their positions', () => {
    expect(problemOf('apis.lintErrors == 0')).toMatchObject({ offset: 0, message: expect.stringContaining('Unknown variable: apis') });
    expect(problemOf('service.owner != ""\n && service.tier == "one"')).toMatchObject({ line: 2, column: 5, message: expect.stringContaining('int == string') });
  });

  it('refuses an expression that is not a condition', () => {
    expect(problemOf('service.tier + 1').message).toBe('The expression must be a condition (bool); it is int.');
    expect(problemOf('  ').message).toBe('The expression is empty.');
  });
});
