/**
 * `npm run bench:diff`: Groundwork's `api diff` on the largest OpenAPI version pairs, as a
 * whole process (`node bin/groundwork.js`, built with `npm run build:server` first), median
 * of N runs (default 5), beside the JavaScript tools a user could pick instead, when they
 * run here: `@useoptic/optic diff`, Atlassian's `openapi-diff` and `api-smart-diff`.
 * The anchors are installed outside the project's dependencies, in bench/.anchors/diff,
 * and every run has a timeout so a hanging or heap-exhausted anchor cannot hang the bench.
 *
 *   npx tsx bench/diff.ts [--runs 5] [--anchor-runs 3] [--timeout 120] [--no-build] [--no-anchors]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const PAIRS_DIR = join(ROOT, '..', 'shared', 'corpora', 'openapi-pairs');
const CORPUS_DIR = join(ROOT, '..', 'shared', 'corpora', 'openapi');
const ANCHORS = join(import.meta.dirname, '.anchors', 'diff');
const GROUNDWORK_BIN = join(ROOT, 'bin', 'groundwork.js');
// One prefix per anchor: installed together, npm's deduplication breaks optic's ajv plugins.
const OPTIC_BIN = join(ANCHORS, 'optic', 'node_modules', '@useoptic', 'optic', 'build', 'index.js');
const ATLASSIAN_BIN = join(ANCHORS, 'openapi-diff', 'node_modules', 'openapi-diff', 'bin', 'openapi-diff');
const SMART_DIR = join(ANCHORS, 'smart');

const argValue = (name: string): string | undefined => {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
};
const runs = Number(argValue('--runs') ?? '5');
const anchorRuns = Number(argValue('--anchor-runs') ?? '3');
const timeoutSeconds = Number(argValue('--timeout') ?? '120');

interface Pair {
  readonly name: string;
  readonly base: string;
  readonly head: string;
}

interface Outcome {
  readonly seconds: number | undefined;
  /** CPU time (user + system) of the median-wall run, when known. */
  readonly cpu?: number;
  readonly note: string;
}

/**
 * CPU time (user + system, seconds) of the children this process has waited for, from
 * /proc/self/stat (cutime + cstime, in clock ticks of 1/100 s on Linux); undefined elsewhere.
 * The machine is shared, so wall time alone says more about the load than about the tool.
 */
function childrenCpu(): number | undefined {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields after the command name start at field 3 (state); cutime and cstime are fields 16 and 17.
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return undefined;
  }
}

/** The 4 MB pair: Kubernetes' Swagger 2.0 document against a copy with known edits. */
function kubernetesPair(dir: string): Pair {
  const base = join(CORPUS_DIR, 'kubernetes-client-python-swagger.json');
  const doc: unknown = JSON.parse(readFileSync(base, 'utf8'));
  const record = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {});
  const paths = record(record(doc).paths);
  const definitions = record(record(doc).definitions);
  delete paths['/api/v1/namespaces/{namespace}/pods/{name}/log'];
  const podSpec = record(definitions['io.k8s.api.core.v1.PodSpec']);
  podSpec.required = [...(Array.isArray(podSpec.required) ? podSpec.required : []), 'serviceAccountName'];
  const objectMeta = record(record(definitions['io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta']).properties);
  delete objectMeta.generateName;
  const head = join(dir, 'kubernetes-head.json');
  writeFileSync(head, JSON.stringify(doc, null, 2));
  const baseCopy = join(dir, 'kubernetes-base.json');
  copyFileSync(base, baseCopy);
  return { name: 'kubernetes 4 MB (synthetic edits)', base: baseCopy, head };
}

function run(command: string, args: readonly string[], cwd: string): { seconds: number; cpu: number | undefined; status: number | null; stdout: string; stderr: string; timedOut: boolean } {
  const cpuBefore = childrenCpu();
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    timeout: timeoutSeconds * 1000,
    killSignal: 'SIGKILL',
    env: { ...process.env, NO_COLOR: '1', OPTIC_TELEMETRY_LEVEL: 'off' },
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpuAfter = childrenCpu();
  const cpu = cpuBefore !== undefined && cpuAfter !== undefined ? cpuAfter - cpuBefore : undefined;
  const timedOut = result.error !== undefined && 'code' in result.error && result.error.code === 'ETIMEDOUT';
  return { seconds, cpu, status: result.status, stdout: result.stdout, stderr: result.stderr, timedOut };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

function firstLine(text: string): string {
  return (text.trim().split('\n').find((l) => l.trim() !== '') ?? '').slice(0, 160);
}

/** Runs a tool up to `count` times; stops at the first failure (it would fail again). */
function measure(count: number, command: string, args: readonly string[], cwd: string, ok: (status: number | null, stdout: string) => boolean, describe?: (stdout: string) => string): Outcome {
  const times: number[] = [];
  const cpus: number[] = [];
  let note = '';
  for (let i = 0; i < count; i++) {
    const result = run(command, args, cwd);
    if (result.timedOut) return { seconds: undefined, note: `timed out after ${timeoutSeconds} s` };
    if (!ok(result.status, result.stdout)) return { seconds: undefined, note: `failed (exit ${String(result.status)}): ${firstLine(result.stderr || result.stdout)}` };
    times.push(result.seconds);
    if (result.cpu !== undefined) cpus.push(result.cpu);
    if (describe) note = describe(result.stdout);
  }
  return { seconds: median(times), ...(cpus.length === times.length ? { cpu: median(cpus) } : {}), note };
}

function ensureAnchors(): void {
  const anchors: [string, string, string[]][] = [
    ['optic', OPTIC_BIN, ['@useoptic/optic@1.0.9']],
    ['openapi-diff', ATLASSIAN_BIN, ['openapi-diff@0.24.1']],
    ['smart', join(SMART_DIR, 'node_modules', 'api-smart-diff'), ['api-smart-diff@1.0.6', 'js-yaml@4.1.0']],
  ];
  for (const [dir, marker, packages] of anchors) {
    if (existsSync(marker)) continue;
    const prefix = join(ANCHORS, dir);
    mkdirSync(prefix, { recursive: true });
    // optic's ajv-errors must see the same ajv as spectral-core, or its schemas fail to compile.
    if (dir === 'optic') writeFileSync(join(prefix, 'package.json'), JSON.stringify({ overrides: { ajv: '8.17.1' } }));
    process.stderr.write(`Installing ${packages.join(', ')} into ${prefix} ...\n`);
    execFileSync('npm', ['i', '--prefix', prefix, '--no-audit', '--no-fund', ...packages], { stdio: 'inherit' });
  }
}

/** api-smart-diff is a library: a tiny runner loads both documents and calls it. */
function smartDiffRunner(): string {
  const runner = join(SMART_DIR, 'run-api-smart-diff.mjs');
  writeFileSync(
    runner,
    [
      "import { readFileSync } from 'node:fs';",
      "import yaml from 'js-yaml';",
      "import * as smart from 'api-smart-diff';",
      'const load = (file) => (file.endsWith(".json") ? JSON.parse(readFileSync(file, "utf8")) : yaml.load(readFileSync(file, "utf8")));',
      'const api = smart.apiDiff ?? smart.default?.apiDiff;',
      'const result = api(load(process.argv[2]), load(process.argv[3]));',
      'const diffs = Array.isArray(result) ? result : (result?.diffs ?? []);',
      'console.log(JSON.stringify({ changes: diffs.length }));',
    ].join('\n'),
  );
  return runner;
}

/** Median wall time, and median CPU time (user + sys) in parentheses. */
function seconds(outcome: Outcome): string {
  if (outcome.seconds === undefined) return '-';
  return outcome.cpu === undefined ? `${outcome.seconds.toFixed(2)} s` : `${outcome.seconds.toFixed(2)} s (cpu ${outcome.cpu.toFixed(2)})`;
}

function mib(file: string): string {
  return `${(statSync(file).size / 1024 / 1024).toFixed(1)} MB`;
}

const workDir = mkdtempSync(join(tmpdir(), 'gw-bench-diff-'));
const pairs: Pair[] = [
  { name: 'openai (3.1 YAML)', base: join(PAIRS_DIR, 'openai-openapi', 'base.yaml'), head: join(PAIRS_DIR, 'openai-openapi', 'head.yaml') },
  { name: 'box (3.0 JSON)', base: join(PAIRS_DIR, 'box-openapi', 'base.json'), head: join(PAIRS_DIR, 'box-openapi', 'head.json') },
  { name: 'twilio messaging (3.0 YAML)', base: join(PAIRS_DIR, 'twilio-oai-messaging-v1', 'base.yaml'), head: join(PAIRS_DIR, 'twilio-oai-messaging-v1', 'head.yaml') },
  kubernetesPair(workDir),
];

if (!process.argv.includes('--no-build')) {
  process.stderr.write('npm run build:server ...\n');
  spawnSync('npm', ['run', 'build:server'], { cwd: ROOT, stdio: 'ignore' });
}
if (!existsSync(join(ROOT, 'dist', 'main.js'))) throw new Error('dist/main.js is missing: run npm run build:server');
const withAnchors = !process.argv.includes('--no-anchors');
if (withAnchors) ensureAnchors();
const runner = withAnchors ? smartDiffRunner() : '';

console.log(`load average at start: ${loadavg().map((l) => l.toFixed(1)).join(' ')} (2 cores shared with other work; figures are wall time, CPU time user+sys in parentheses)`);
console.log(`groundwork: median of ${runs}; anchors: median of up to ${anchorRuns}, ${timeoutSeconds} s timeout\n`);
const rows: string[][] = [['pair', 'sizes', 'groundwork', 'changes', 'optic diff', 'openapi-diff', 'api-smart-diff']];
const notes: string[] = [];
for (const pair of pairs) {
  const ours = measure(runs, 'node', [GROUNDWORK_BIN, 'api', 'diff', pair.base, pair.head, '--format', 'json', '--include-info'], ROOT, (s) => s === 0 || s === 1, (stdout) => {
    const summary: unknown = Reflect.get(JSON.parse(stdout) as object, 'summary');
    const get = (key: string): string => String(typeof summary === 'object' && summary !== null ? Reflect.get(summary, key) : '?');
    return `${get('breaking')}/${get('warning')}/${get('info')}`;
  });
  let optic: Outcome = { seconds: undefined, note: 'not run' };
  let atlassian: Outcome = optic;
  let smart: Outcome = optic;
  if (withAnchors) {
    // Exit 1 means "breaking changes found" only when the tool printed its report; both
    // tools also exit 1 when they refuse a document (openapi-diff on OpenAPI 3.1, say).
    optic = measure(anchorRuns, 'node', [OPTIC_BIN, 'diff', pair.base, pair.head, '--check'], workDir, (s, out) => s === 0 || (s === 1 && /Checks: /.test(out)));
    atlassian = measure(anchorRuns, 'node', [ATLASSIAN_BIN, pair.base, pair.head], workDir, (s, out) => s === 0 || (s === 1 && /Breaking changes found/.test(out)));
    smart = measure(anchorRuns, 'node', [runner, pair.base, pair.head], SMART_DIR, (s) => s === 0);
  }
  rows.push([pair.name, `${mib(pair.base)} / ${mib(pair.head)}`, seconds(ours), ours.note || ours.seconds === undefined ? ours.note : '', seconds(optic), seconds(atlassian), seconds(smart)]);
  for (const [tool, outcome] of [['groundwork', ours], ['optic', optic], ['openapi-diff', atlassian], ['api-smart-diff', smart]] as const) {
    if (outcome.seconds === undefined && outcome.note !== 'not run') notes.push(`${pair.name}: ${tool} ${outcome.note}`);
  }
}
const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  '));
console.log('\nchanges = breaking/warning/info found by groundwork');
console.log(`load average at end: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
if (notes.length > 0) console.log(`\n${notes.join('\n')}`);
