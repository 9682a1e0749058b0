/**
 * `npm run bench:api`: the catalog API against a bare Fastify route, in the same run.
 *
 * Seeds 10,000 services (owners, systems, ~3 dependencies each) into a fresh SQLite
 * database, starts the real app and a bare Fastify server returning a JSON object of the
 * same size as one service, and runs autocannon (in a child process, so it does not share
 * the servers' event loop) against:
 *   - the bare route,
 *   - GET /api/v1/services/{name} (served from the response cache after the first read, as
 *     in production; ADR 0021),
 *   - the same with the response cache off (every read goes to SQLite), for comparison,
 *   - GET /api/v1/services?limit=50.
 * Prints requests/s, p50/p99 latency and the ratio to the bare route.
 * Target: single GET >= 50 % of the bare route's throughput, p99 < 20 ms.
 *
 * Environment: BENCH_DURATION (seconds per run, default 5), BENCH_ROUNDS (interleaved rounds,
 * medians reported, default 3), BENCH_CONNECTIONS (default 10).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Fastify from 'fastify';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/platform/db/dialect.js';
import { migrateToLatest } from '../src/platform/db/migrate.js';
import { createToken } from '../src/platform/auth/tokens.js';
import { LOCAL_ACTOR } from '../src/platform/auth/actor.js';
import { EMPTY } from '../src/modules/catalog/catalog.kinds.js';
import type { Service } from '../src/modules/catalog/catalog.js';

const run = promisify(execFile);
const SERVICES = 10_000;
const DURATION = Number(process.env.BENCH_DURATION ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const AUTOCANNON = join(import.meta.dirname, '..', 'node_modules', 'autocannon', 'autocannon.js');

interface Result {
  label: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  bytes: number;
  /** The servers' CPU time per answered request (this process; autocannon runs in a child). */
  cpuMicros: number;
}

async function cannon(label: string, url: string, headers: Record<string, string>): Promise<Result> {
  const headerArgs = Object.entries(headers).flatMap(([k, v]) => ['-H', `${k}=${v}`]);
  // Warm-up (JIT, SQLite page cache), then the measured run.
  await run(process.execPath, [AUTOCANNON, '-c', String(CONNECTIONS), '-d', '1', '-j', ...headerArgs, url], { maxBuffer: 64 * 1024 * 1024 });
  const cpuBefore = process.cpuUsage();
  const { stdout } = await run(process.execPath, [AUTOCANNON, '-c', String(CONNECTIONS), '-d', String(DURATION), '-j', ...headerArgs, url], {
    maxBuffer: 64 * 1024 * 1024,
  });
  const cpu = process.cpuUsage(cpuBefore);
  const r = JSON.parse(stdout);
  return {
    label,
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors,
    non2xx: r.non2xx,
    bytes: r.throughput.average / Math.max(r.requests.average, 1),
    cpuMicros: (cpu.user + cpu.system) / Math.max(r.requests.total, 1),
  };
}

function service(i: number): Service {
  const name = `service-${String(i).padStart(5, '0')}`;
  return {
    ...EMPTY.service(name),
    title: `Service ${i}`,
    description: `Handles part ${i} of the business; seeded for the benchmark.`,
    owner: `team-${i % 100}`,
    system: `system-${i % 40}`,
    type: 'service',
    tier: ((i % 4) + 1) as 1 | 2 | 3 | 4,
    lifecycle: i % 10 === 0 ? 'experimental' : 'production',
    architecture: 'service',
    repository: `https://git.example.com/org/${name}`,
    runbook: `https://wiki.example.com/runbooks/${name}`,
    dashboards: [`https://grafana.example.com/d/${name}`],
    onCall: `pagerduty:P${i}`,
    links: [{ url: `https://docs.example.com/${name}`, title: 'Docs' }],
    tags: ['java', i % 2 === 0 ? 'payments' : 'search'],
  };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'gw-bench-'));
  const database = openDatabase({ dataDir: dir });
  const { db } = database;
  await migrateToLatest(db);
  const { token } = await createToken(db, LOCAL_ACTOR, { name: 'bench', role: 'viewer' });

  process.stderr.write(`Seeding ${SERVICES} services with dependencies into ${dir} ...\n`);
  const at = new Date().toISOString();
  const row = (kind: string, name: string, entity: object & { title: string | null }, owner: string | null, container: string | null, tier: number | null, lifecycle: string | null, tags: string[]) => ({
    kind,
    name,
    title: entity.title,
    owner,
    container,
    tier,
    lifecycle,
    tags: JSON.stringify(tags),
    data: JSON.stringify(entity),
    version: 1,
    created_at: at,
    updated_at: at,
  });
  const teams = Array.from({ length: 100 }, (_, i) => ({ ...EMPTY.team(`team-${i}`), title: `Team ${i}` }));
  const systems = Array.from({ length: 40 }, (_, i) => ({ ...EMPTY.system(`system-${i}`), title: `System ${i}`, owner: `team-${i}` }));
  await db.insertInto('catalog_entities').values(teams.map((t) => row('team', t.name, t, null, null, null, null, []))).execute();
  await db.insertInto('catalog_entities').values(systems.map((s) => row('system', s.name, s, s.owner, null, null, null, []))).execute();
  const services = Array.from({ length: SERVICES }, (_, i) => service(i));
  for (let i = 0; i < services.length; i += 500) {
    await db
      .insertInto('catalog_entities')
      .values(services.slice(i, i + 500).map((s) => row('service', s.name, s, s.owner, s.system, s.tier, s.lifecycle, s.tags)))
      .execute();
  }
  const deps = services.flatMap((s, i) =>
    [1, 7, 31].map((step) => ({ source: s.name, target_kind: 'service', target: `service-${String((i + step) % SERVICES).padStart(5, '0')}`, kind: 'sync', created_at: at })),
  );
  for (let i = 0; i < deps.length; i += 500) await db.insertInto('catalog_dependencies').values(deps.slice(i, i + 500)).execute();

  const app = await buildApp(loadConfig({ logLevel: 'silent' }, { GROUNDWORK_WEB_DIR: join(dir, 'no-web') }), { database });
  const appUrl = await app.listen({ host: '127.0.0.1', port: 0 });
  const uncachedApp = await buildApp(loadConfig({ logLevel: 'silent' }, { GROUNDWORK_WEB_DIR: join(dir, 'no-web'), GROUNDWORK_RESPONSE_CACHE_ENTRIES: '0' }), { database });
  const uncachedUrl = await uncachedApp.listen({ host: '127.0.0.1', port: 0 });
  const auth = { authorization: `Bearer ${token}` };
  const target = 'service-04242';
  const sample = await app.inject({ url: `/api/v1/services/${target}`, headers: auth });
  if (sample.statusCode !== 200) throw new Error(`sanity check failed: ${sample.statusCode} ${sample.body}`);
  const list = await app.inject({ url: '/api/v1/services?limit=50', headers: auth });
  if (list.statusCode !== 200 || list.json().items.length !== 50) throw new Error('sanity check of the list failed');

  // The anchor: the same JSON object, from a bare route with nothing around it.
  const bare = Fastify({ logger: false });
  const body: unknown = sample.json();
  bare.get('/bare', async () => body);
  const bareUrl = await bare.listen({ host: '127.0.0.1', port: 0 });

  // Interleaved rounds, medians: on a shared machine the load drifts, and alternating the
  // routes exposes each to the same drift.
  const routes: [string, string, Record<string, string>][] = [
    ['bare Fastify route (same JSON)', `${bareUrl}/bare`, {}],
    [`GET /api/v1/services/${target}`, `${appUrl}/api/v1/services/${target}`, auth],
    [`  the same, response cache off`, `${uncachedUrl}/api/v1/services/${target}`, auth],
    ['GET /api/v1/services?limit=50', `${appUrl}/api/v1/services?limit=50`, auth],
  ];
  const rounds: Result[][] = routes.map(() => []);
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, [label, url, headers]] of routes.entries()) rounds[i]?.push(await cannon(label, url, headers));
  }
  const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  const results: Result[] = rounds.map((list) => ({
    label: list[0]?.label ?? '',
    rps: median(list.map((r) => r.rps)),
    p50: median(list.map((r) => r.p50)),
    p99: median(list.map((r) => r.p99)),
    errors: list.reduce((n, r) => n + r.errors, 0),
    non2xx: list.reduce((n, r) => n + r.non2xx, 0),
    bytes: median(list.map((r) => r.bytes)),
    cpuMicros: median(list.map((r) => r.cpuMicros)),
  }));
  await app.close();
  await uncachedApp.close();
  await bare.close();
  await db.destroy();
  rmSync(dir, { recursive: true, force: true });

  const base = results[0]?.rps ?? 1;
  const cpuBase = results[0]?.cpuMicros ?? 1;
  const lines = [
    `catalog API benchmark: ${SERVICES} services, ${deps.length} dependencies, SQLite; autocannon -c ${CONNECTIONS} -d ${DURATION}s x ${ROUNDS} interleaved rounds (medians); response ${sample.body.length} bytes; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`,
    '',
    `${'route'.padEnd(44)} ${'req/s'.padStart(9)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'ratio'.padStart(7)} ${'CPU µs/req'.padStart(11)} ${'CPU ratio'.padStart(10)}  errors`,
    ...results.map(
      (r) =>
        `${r.label.padEnd(44)} ${r.rps.toFixed(0).padStart(9)} ${String(r.p50).padStart(7)} ${String(r.p99).padStart(7)} ${`${((r.rps / base) * 100).toFixed(0)} %`.padStart(7)} ${r.cpuMicros.toFixed(1).padStart(11)} ${`${((cpuBase / r.cpuMicros) * 100).toFixed(0)} %`.padStart(10)}  ${r.errors + r.non2xx}`,
    ),
    '',
    'ratio: req/s over the bare route\'s; CPU ratio: the bare route\'s server CPU per request over the route\'s (steadier when the machine is busy).',
    '',
  ];
  const single = results[1];
  if (single) {
    const ok = single.rps / base >= 0.5 && single.p99 < 20;
    lines.push(`target (single GET >= 50 % of bare, p99 < 20 ms): ${ok ? 'met' : 'NOT met'}`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

await main();
