/**
 * Readiness benchmark.
 * 1. Engine: 10,000 services × 60 checks in three scorecards (the built-ins, each extended
 *    with custom expression checks to reach 60), full evaluation. Target: < 500 ms.
 * 2. API: p99 of GET /api/v1/services/{name}/readiness on SQLite. Target: < 5 ms.
 * Prints the figures. Run with `npm run bench:readiness`.
 */
import { FactRegistry } from '../src/modules/readiness/fact-registry.js';
import { CATALOG_FACTS, catalogFacts } from '../src/modules/readiness/catalog-facts.js';
import { ARCHITECTURE_FACTS } from '../src/modules/readiness/providers/architecture-facts.js';
import { APIS_FACTS } from '../src/modules/readiness/providers/apis-facts.js';
import { builtinScorecards } from '../src/modules/readiness/builtin/index.js';
import { compileScorecard, type CompiledScorecard } from '../src/modules/readiness/evaluator.js';
import { evaluateSubject, indexAttestations } from '../src/modules/readiness/evaluate-subject.js';
import type { Attestation, CheckDefinition, ScorecardDefinition } from '../src/modules/readiness/readiness.js';
import type { Subject } from '../src/modules/readiness/facts.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/platform/db/dialect.js';
import { migrateToLatest } from '../src/platform/db/migrate.js';
import { createToken } from '../src/platform/auth/tokens.js';
import { LOCAL_ACTOR } from '../src/platform/auth/actor.js';

const SERVICES = Number(process.env.BENCH_SERVICES ?? 10_000);
const CHECKS = 60;
const ENGINE_TARGET_MS = 500;
const API_TARGET_MS = 5;

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
    const versioned = next() < 0.7 ? apis.length : 0;
    out.push({
      service: name,
      team,
      facts: {
        service: facts,
        architecture: { adrCount: Math.floor(next() * 4), serviceAdrCount: Math.floor(next() * 2), openReviews: Math.floor(next() * 2), staleReviews: next() < 0.1 ? 1 : 0 },
        apis: { versionedApis: versioned, lintErrors: next() < 0.3 ? Math.floor(next() * 5) : 0, lintWarnings: Math.floor(next() * 6), breakingChangesLatest: next() < 0.05 ? 1 : 0, sunsetsOverdue: next() < 0.05 ? 1 : 0 },
      },
    });
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
  // The namespaces the server registers: the catalog's, the architecture module's and the API registry's.
  const registry = new FactRegistry().register(CATALOG_FACTS).register(ARCHITECTURE_FACTS).register(APIS_FACTS);
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

  const measure = (detail: boolean) => {
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
        for (const result of evaluateSubject(registry, compiled, subject, index, now, detail)) {
          evaluated += 1;
          checkResults += result.total;
        }
      }
      runs.push(performance.now() - start);
      const used = process.cpuUsage(cpuStart);
      cpu.push((used.user + used.system) / 1000);
    }
    // The first run warms the JIT.
    return { evaluated, checkResults, cold: runs[0] ?? Number.NaN, wall: runs.slice(1).sort((a, b) => a - b), cpu: cpu.slice(1).sort((a, b) => a - b) };
  };
  const summary = measure(false);
  const detailed = measure(true);
  console.log(`engine: ${SERVICES} services × ${checkCount} checks (${expressionChecks} CEL, ${checkCount - expressionChecks} attestations) in ${definitions.length} scorecards; load average ${loadavg().map((value) => value.toFixed(2)).join(' ')} on ${cpus().length} cores`);
  console.log(`  compile all expressions once: ${compileMs.toFixed(1)} ms`);
  console.log(`  ${summary.evaluated} scorecard evaluations, ${summary.checkResults} check results per run`);
  const line = (label: string, m: ReturnType<typeof measure>) => {
    const cpuMedian = percentile(m.cpu, 50);
    const wallMedian = percentile(m.wall, 50);
    console.log(
      `  ${label}: CPU median ${cpuMedian.toFixed(1)} ms (${(cpuMedian / ENGINE_TARGET_MS).toFixed(2)}× the ${ENGINE_TARGET_MS} ms target); wall median ${wallMedian.toFixed(1)} ms (${(wallMedian / ENGINE_TARGET_MS).toFixed(2)}×), best ${m.wall[0]?.toFixed(1)} ms, first (cold) ${m.cold.toFixed(1)} ms`,
    );
  };
  line('full evaluation, summary form (level, pass/fail and reasons: what reports, campaigns and history use)', summary);
  line('full evaluation, detailed form (plus facts used and fix links for every check)', detailed);
}

const API_SERVICES = Number(process.env.BENCH_API_SERVICES ?? 1_000);
const API_REQUESTS = Number(process.env.BENCH_API_REQUESTS ?? 2_000);

/** A Backstage catalog of teams and services with runbooks, tiers, dashboards and dependencies. */
function backstageYaml(count: number): string {
  const next = random(99);
  const docs: string[] = [];
  for (let team = 0; team < 20; team += 1) docs.push(`apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: team-${team}\nspec:\n  type: team\n  children: []`);
  for (let i = 0; i < count; i += 1) {
    const links = [next() < 0.6 ? `    - url: https://runbooks.example.com/svc-${i}\n      title: Runbook\n      icon: runbook` : '', next() < 0.6 ? `    - url: https://grafana.example.com/d/svc-${i}\n      title: Dashboard\n      icon: dashboard` : ''].filter((link) => link !== '');
    const tier = next() < 0.8 ? `  labels:\n    tier: "${1 + Math.floor(next() * 4)}"\n` : '';
    const dependsOn = i > 0 ? `  dependsOn:\n    - component:svc-${Math.floor(next() * i)}\n` : '';
    docs.push(
      `apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: svc-${i}\n  description: Service ${i}\n${tier}${links.length > 0 ? `  links:\n${links.join('\n')}\n` : ''}spec:\n  type: service\n  lifecycle: production\n  owner: team-${i % 20}\n${dependsOn}`,
    );
  }
  return docs.join('\n---\n');
}

async function readinessTick(app: Awaited<ReturnType<typeof buildApp>>, headers: Record<string, string>): Promise<string> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/readiness/snapshots', headers });
  return `status ${res.statusCode}, ${res.body}`;
}

async function benchApi(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'gw-bench-readiness-'));
  const database = openDatabase({ dataDir: dir });
  try {
    await migrateToLatest(database.db);
    const app = await buildApp(loadConfig({ logLevel: 'silent' }, { GROUNDWORK_WEB_DIR: '/nonexistent' }), { database });
    await app.ready();
    const member = await createToken(database.db, LOCAL_ACTOR, { name: 'bench', role: 'member' });
    const headers = { authorization: `Bearer ${member.token}` };
    const imported = await app.inject({ method: 'POST', url: '/api/v1/catalog/import', headers: { ...headers, 'content-type': 'application/yaml' }, payload: backstageYaml(API_SERVICES) });
    if (imported.statusCode !== 200) throw new Error(`import failed: ${imported.statusCode} ${imported.body.slice(0, 300)}`);
    // Some attestations, so attestation checks pass for part of the catalog.
    for (let i = 0; i < API_SERVICES; i += 3) {
      await app.inject({ method: 'POST', url: `/api/v1/services/svc-${i}/attestations`, headers, payload: { scorecard: 'production-readiness', check: 'structured-logs', note: 'bench' } });
    }
    const next = random(5);
    interface Sample {
      latencies: number[];
      /** CPU time of the process per request (user + system): robust to other processes' load. */
      cpu: number[];
      bytes: number;
    }
    const sample = async (count: number, url: () => string): Promise<Sample> => {
      const latencies: number[] = [];
      const cpu: number[] = [];
      let bytes = 0;
      for (let i = 0; i < count; i += 1) {
        const target = url();
        const cpuStart = process.cpuUsage();
        const start = performance.now();
        const res = await app.inject({ url: target, headers });
        latencies.push(performance.now() - start);
        const used = process.cpuUsage(cpuStart);
        cpu.push((used.user + used.system) / 1000);
        if (res.statusCode !== 200) throw new Error(`${target}: ${res.statusCode}`);
        bytes = res.rawPayload.length;
      }
      latencies.sort((a, b) => a - b);
      cpu.sort((a, b) => a - b);
      return { latencies, cpu, bytes };
    };
    const show = (label: string, m: Sample) => {
      const p99 = percentile(m.latencies, 99);
      const cpu99 = percentile(m.cpu, 99);
      const mean = m.cpu.reduce((sum, value) => sum + value, 0) / m.cpu.length;
      console.log(`  ${label}${m.bytes > 0 ? `, ${(m.bytes / 1024).toFixed(1)} KB` : ''}`);
      console.log(
        `    wall: p50 ${percentile(m.latencies, 50).toFixed(2)} ms, p95 ${percentile(m.latencies, 95).toFixed(2)} ms, p99 ${p99.toFixed(2)} ms (${(p99 / API_TARGET_MS).toFixed(2)}× the ${API_TARGET_MS} ms target), max ${m.latencies.at(-1)?.toFixed(2)} ms`,
      );
      console.log(`    CPU:  p50 ${percentile(m.cpu, 50).toFixed(2)} ms, p99 ${cpu99.toFixed(2)} ms (${(cpu99 / API_TARGET_MS).toFixed(2)}× the target), mean ${mean.toFixed(2)} ms`);
    };
    // The server keeps the 2,000 most recently read service pages: reads are drawn from a hot
    // set of at most 1,000 services, warmed first (the JIT, and one evaluation per service).
    const hot = Math.min(API_SERVICES, 1_000);
    const randomService = () => `/api/v1/services/svc-${Math.floor(next() * hot)}/readiness`;
    for (let i = 0; i < hot; i += 1) await app.inject({ url: `/api/v1/services/svc-${i}/readiness`, headers });
    console.log(`api: SQLite, ${API_SERVICES} services (reads from ${hot}), sequential requests via app.inject; load average ${loadavg().map((value) => value.toFixed(2)).join(' ')} on ${cpus().length} cores`);
    show(`GET /services/{name}/readiness (3 scorecards, full), ${API_REQUESTS} requests`, await sample(API_REQUESTS, randomService));
    show(`GET /services/{name}/readiness?view=summary, ${API_REQUESTS} requests`, await sample(API_REQUESTS, () => `${randomService()}?view=summary`));
    if (API_SERVICES > hot) {
      show(`GET /services/{name}/readiness, uniform over all ${API_SERVICES} services (mostly cache misses), ${API_REQUESTS} requests`, await sample(API_REQUESTS, () => `/api/v1/services/svc-${Math.floor(next() * API_SERVICES)}/readiness`));
    }
    // After a write every cached evaluation is stale: the first read of a service evaluates it again.
    const writes: string[] = [];
    for (let i = 0; i < 200; i += 1) writes.push(`svc-${Math.floor(next() * API_SERVICES)}`);
    let write = 0;
    const cold: Sample = { latencies: [], cpu: [], bytes: 0 };
    for (const name of writes) {
      const patched = await app.inject({ method: 'PATCH', url: `/api/v1/services/${name}`, headers, payload: { description: `Service ${name} (rev ${write})` } });
      write += 1;
      if (patched.statusCode !== 200) throw new Error(`PATCH ${name}: ${patched.statusCode}`);
      const one = await sample(1, () => `/api/v1/services/${name}/readiness`);
      cold.latencies.push(...one.latencies);
      cold.cpu.push(...one.cpu);
      cold.bytes = one.bytes;
    }
    cold.latencies.sort((a, b) => a - b);
    cold.cpu.sort((a, b) => a - b);
    show('first read after a write (cache miss: the service is evaluated on its own), 200 writes', cold);
    const reportCold = performance.now();
    const report = await app.inject({ url: '/api/v1/readiness/report?scorecard=production-readiness', headers });
    const reportColdMs = performance.now() - reportCold;
    const reportWarm = await sample(50, () => '/api/v1/readiness/report?scorecard=production-readiness');
    console.log(
      `  GET /readiness/report over ${API_SERVICES} services (status ${report.statusCode}, ${(report.rawPayload.length / 1024).toFixed(0)} KB): first after a write ${reportColdMs.toFixed(0)} ms (evaluates the catalog), then p50 ${percentile(reportWarm.latencies, 50).toFixed(2)} ms wall, ${percentile(reportWarm.cpu, 50).toFixed(2)} ms CPU (cached per data version)`,
    );
    const historyTick = performance.now();
    const ticked = await readinessTick(app, headers);
    console.log(`  history tick (POST /readiness/snapshots, stores what changed): ${(performance.now() - historyTick).toFixed(0)} ms, ${ticked}`);
    await app.close();
  } finally {
    await database.db.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.env.BENCH_SKIP_ENGINE !== 'true') benchEngine();
if (process.env.BENCH_SKIP_API !== 'true') await benchApi();
