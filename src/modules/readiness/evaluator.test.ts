import { describe, expect, it } from 'vitest';
import { FactRegistry } from './fact-registry.js';
import { CATALOG_FACTS } from './catalog-facts.js';
import { appliesTo, compileScorecard, evaluateScorecard, type CompiledScorecard } from './evaluator.js';
import type { Attestation, ScorecardDefinition } from './readiness.js';
import type { FactValues, Subject } from './facts.js';

const registry = new FactRegistry().register(CATALOG_FACTS);

const definition: ScorecardDefinition = {
  name: 'basics',
  title: 'Basics',
  description: '',
  levels: ['Bronze', 'Silver', 'Gold'],
  filter: 'service.tier <= 2',
  builtin: false,
  checks: [
    { name: 'owner', title: 'Owner', description: 'ownership', level: 'Bronze', group: null, rule: { kind: 'expression', expression: 'service.owner != ""' } },
    { name: 'runbook', title: 'Runbook', description: 'runbooks', level: 'Silver', group: null, rule: { kind: 'expression', expression: 'service.runbook != ""' } },
    { name: 'load-test', title: 'Load test', description: 'load', level: 'Gold', group: null, rule: { kind: 'attestation', validForDays: 30 } },
  ],
};

function compiled(): CompiledScorecard {
  const result = compileScorecard(registry, definition);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.scorecard;
}

function subject(facts: FactValues): Subject {
  return { service: 'checkout', team: 'payments', facts: { service: { name: 'checkout', dashboards: [], tags: [], providedApis: [], ...facts } } };
}

const attestation: Attestation = {
  id: '01',
  scorecard: 'basics',
  check: 'load-test',
  service: 'checkout',
  evidenceUrl: 'https://wiki/load-test',
  note: null,
  attestedBy: 'ana',
  attestedAt: '2026-11-01T00:00:00.000Z',
  expiresAt: '2026-12-01T00:00:00.000Z',
};

function run(facts: FactValues, now = new Date('2026-11-28T12:00:00Z'), attested?: Attestation) {
  const s = subject(facts);
  return evaluateScorecard(compiled(), { subject: s, activation: registry.activation(s), attestation: (key) => (attested && key === `${attested.scorecard}/${attested.check}` ? attested : undefined), now });
}

describe('evaluateScorecard', () => {
  it('fails a check with "fact missing" instead of crashing', () => {
    const result = run({ tier: 1 });
    expect(result.level).toBeNull();
    expect(result.nextLevel).toBe('Bronze');
    const owner = result.checks.find((check) => check.check === 'owner');
    expect(owner).toMatchObject({ passed: false, reason: 'fact missing: service.owner (owning team)', facts: [{ fact: 'service.owner', value: null, missing: true }] });
    expect(owner?.fix?.link).toBe('/api/v1/services/checkout');
  });

  it('reaches the highest level whose checks and those below pass', () => {
    expect(run({ tier: 1, owner: 'payments' }).level).toBe('Bronze');
    expect(run({ tier: 1, owner: 'payments', runbook: 'https://runbooks/checkout' }).level).toBe('Silver');
    const gold = run({ tier: 1, owner: 'payments', runbook: 'https://runbooks/checkout' }, undefined, attestation);
    expect(gold).toMatchObject({ level: 'Gold', nextLevel: null, score: 1, passed: 3, total: 3 });
    // A passing higher level does not count while a lower one fails.
    const gap = run({ tier: 1, runbook: 'https://runbooks/checkout' }, undefined, attestation);
    expect(gap).toMatchObject({ level: null, passed: 2, total: 3 });
    expect(gap.score).toBeCloseTo(2 / 3);
  });

  it('never reaches a level that has no checks', () => {
    const twoLevels = compileScorecard(registry, { ...definition, filter: null, checks: definition.checks.slice(0, 1) });
    if (!twoLevels.ok) throw new Error('compile');
    const s = subject({ owner: 'payments' });
    const result = evaluateScorecard(twoLevels.scorecard, { subject: s, activation: registry.activation(s), attestation: () => undefined, now: new Date() });
    expect(result).toMatchObject({ level: 'Bronze', score: 1 });
  });

  it('drops the level when the attestation expires', () => {
    const facts = { tier: 1, owner: 'payments', runbook: 'https://runbooks/checkout' };
    const expired = run(facts, new Date('2026-12-01T00:00:00Z'), attestation);
    expect(expired.level).toBe('Silver');
    expect(expired.checks.find((check) => check.check === 'load-test')?.reason).toBe('attestation expired on 2026-12-01 (attested by ana)');
    expect(run(facts).checks.find((check) => check.check === 'load-test')?.reason).toBe('not attested');
  });

  it('explains a false condition with the facts it used', () => {
    const result = run({ tier: 1, owner: '' });
    // A blank owner is not a missing fact for the engine (the catalog provider maps blanks to missing).
    expect(result.checks[0]?.reason).toBe('not satisfied: service.owner != "" (service.owner = "")');
  });

  it('applies the scorecard only where the filter holds, excluding services missing the filtered fact', () => {
    const scorecard = compiled();
    expect(appliesTo(scorecard, registry.activation(subject({ tier: 2 })))).toBe(true);
    expect(appliesTo(scorecard, registry.activation(subject({ tier: 3 })))).toBe(false);
    expect(appliesTo(scorecard, registry.activation(subject({})))).toBe(false);
  });

  it('gives the same verdicts and reasons in the summary form, without facts or fixes', () => {
    const scorecard = compiled();
    const summarise = (facts: FactValues, attested?: Attestation) => {
      const s = subject(facts);
      const lookup = (key: string) => (attested && key === `${attested.scorecard}/${attested.check}` ? attested : undefined);
      return {
        detail: evaluateScorecard(scorecard, { subject: s, activation: registry.activation(s), attestation: lookup, now: new Date('2026-11-28T12:00:00Z') }),
        summary: evaluateScorecard(scorecard, { subject: s, activation: registry.activation(s), attestation: lookup, now: new Date('2026-11-28T12:00:00Z'), detail: false }),
      };
    };
    for (const facts of [{ tier: 1 }, { tier: 1, owner: 'payments' }, { tier: 1, owner: '', runbook: 'https://r' }, { tier: 1, owner: 'payments', runbook: 'https://r' }]) {
      for (const attested of [undefined, attestation]) {
        const { detail, summary } = summarise(facts, attested);
        expect(summary.level).toBe(detail.level);
        expect(summary.checks.map((check) => [check.check, check.passed, check.reason])).toEqual(detail.checks.map((check) => [check.check, check.passed, check.reason]));
        expect(summary.checks.every((check) => check.facts.length === 0 && check.fix === null)).toBe(true);
      }
    }
    // Results that do not depend on the service are shared, not rebuilt per service.
    const a = summarise({ tier: 1 }).summary.checks[0];
    const b = summarise({ tier: 2 }).summary.checks[0];
    expect(a).toBe(b);
  });

  it('refuses a scorecard with a bad expression, naming the field and position', () => {
    const result = compileScorecard(registry, {
      ...definition,
      filter: 'service.tier <=',
      checks: [...definition.checks, { name: 'x', title: 'X', description: '', level: 'Platinum', group: null, rule: { kind: 'expression', expression: 'true' } }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => problem.field)).toEqual(['/filter', '/checks/3/level']);
    expect(result.problems[0]?.problem.offset).toBe(15);
  });
});
