/**
 * `npm run bench:lint`: Groundwork's `api lint` (spectral:oas) against Spectral CLI 6.16.3
 * (spectral:oas) and Redocly CLI 2.77.0 (built-in recommended), as whole processes,
 * interleaved, median of N runs (default 5), wall and CPU (user+sys) time and peak RSS from
 * /usr/bin/time, finding counts; the load average is printed since the machine is shared.
 * Needs `npm run build:server` first (it runs bin/groundwork.js, as users do).
 *
 *   npx tsx bench/lint.ts [--runs 5] [--only kubernetes]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { CORPUS_DIR, ensureAnchors, REDOCLY_BIN, SPECTRAL_BIN } from './anchors.js';

interface Sample {
  readonly seconds: number;
  /** CPU time (user + sys) of the process: what counts on a shared, loaded machine. */
  readonly cpuSeconds: number;
  readonly peakMiB: number;
  readonly findings: number;
}

const GROUNDWORK_BIN = join(import.meta.dirname, '..', 'bin', 'groundwork.js');
const argValue = (name: string) => {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
};
const runs = Number(argValue('--runs') ?? '5');
const only = argValue('--only');

/**
 * Runs `node ARGS` as a shell would; returns wall and CPU seconds, peak RSS and stdout. A small
 * bash times it to the millisecond (`TIMEFORMAT=%3R`): /usr/bin/time, which gives the CPU time
 * and peak RSS, prints the wall time in hundredths (too coarse for a 0.17 s run: one hundredth
 * moves a 10x ratio by 0.6), and timing `spawnSync` from here would add this benchmark's own
 * fork (~20 ms for a parent of this size). What bash times includes starting /usr/bin/time,
 * about a millisecond, the same for every tool.
 */
function timed(args: string[], cwd: string): { seconds: number; cpuSeconds: number; peakMiB: number; stdout: string } {
  const timeFile = join(cwd, 'time.txt');
  const wallFile = join(cwd, 'wall.txt');
  // $0 is the /usr/bin/time report; bash's own report (the wall time) goes to $WALL_FILE.
  const script = 'TIMEFORMAT=%3R; { time /usr/bin/time -f "%e %M %U %S" -o "$0" node "$@" 2>/dev/null; } 2>"$WALL_FILE"';
  const result = spawnSync('bash', ['-c', script, timeFile, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, WALL_FILE: wallFile, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
  });
  const seconds = Number(readFileSync(wallFile, 'utf8').trim());
  const [, kib = 'NaN', user = 'NaN', system = 'NaN'] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)?.split(' ') ?? [];
  return { seconds, cpuSeconds: Number(user) + Number(system), peakMiB: Number(kib) / 1024, stdout: result.stdout };
}

function countJsonArray(text: string): number {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.length : -1;
  } catch {
    return -1;
  }
}

function countRedocly(text: string): number {
  try {
    const value: unknown = JSON.parse(text);
    const problems = typeof value === 'object' && value !== null ? Reflect.get(value, 'problems') : undefined;
    return Array.isArray(problems) ? problems.length : -1;
  } catch {
    return -1;
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

function summarise(samples: Sample[]): Sample {
  return {
    seconds: median(samples.map((s) => s.seconds)),
    cpuSeconds: median(samples.map((s) => s.cpuSeconds)),
    peakMiB: median(samples.map((s) => s.peakMiB)), findings: samples.at(-1)?.findings ?? -1 };
}

ensureAnchors();
if (!existsSync(join(import.meta.dirname, '..', 'dist', 'main.js'))) throw new Error('run `npm run build:server` first');
const work = mkdtempSync(join(tmpdir(), 'gw-bench-lint-'));
const spectralDir = join(work, 'spectral');
const redoclyDir = join(work, 'redocly');
const groundworkDir = join(work, 'groundwork');
for (const dir of [spectralDir, redoclyDir, groundworkDir]) mkdirSync(dir, { recursive: true });
writeFileSync(join(spectralDir, '.spectral.yaml'), 'extends: ["spectral:oas"]\n');

const tools = {
  groundwork: (file: string) => {
    const run = timed([GROUNDWORK_BIN, 'api', 'lint', '-r', 'spectral:oas', '-f', 'json', '-q', file], groundworkDir);
    return { ...run, findings: countJsonArray(run.stdout) };
  },
  spectral: (file: string) => {
    const run = timed([SPECTRAL_BIN, 'lint', '-q', '-f', 'json', '-r', join(spectralDir, '.spectral.yaml'), file], spectralDir);
    return { ...run, findings: countJsonArray(run.stdout) };
  },
  redocly: (file: string) => {
    const run = timed([REDOCLY_BIN, 'lint', '--format', 'json', file], redoclyDir);
    return { ...run, findings: countRedocly(run.stdout) };
  },
};

const files = readdirSync(CORPUS_DIR)
  .filter((name) => /\.(json|ya?ml)$/.test(name) && (only === undefined || name.includes(only)))
  .sort((a, b) => statSync(join(CORPUS_DIR, b)).size - statSync(join(CORPUS_DIR, a)).size);

console.log(`Median of ${String(runs)} interleaved runs, whole process (wall s / CPU s in hundredths, peak RSS MiB, findings); load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}.\n`);
console.log('| document | size | Groundwork | Spectral 6.16.3 | Redocly 2.77.0 | vs Spectral (wall / CPU) | vs Redocly (wall / CPU) |');
console.log('|---|---|---|---|---|---|---|');
for (const file of files) {
  const path = join(CORPUS_DIR, file);
  const samples: Record<keyof typeof tools, Sample[]> = { groundwork: [], spectral: [], redocly: [] };
  tools.groundwork(path); // warm-up: page cache, and the compiled OpenAPI validators cache
  for (let i = 0; i < runs; i++) {
    for (const name of ['groundwork', 'spectral', 'redocly'] as const) samples[name].push(tools[name](path));
  }
  const g = summarise(samples.groundwork);
  const s = summarise(samples.spectral);
  const r = summarise(samples.redocly);
  const cell = (x: Sample) => `${x.seconds.toFixed(3)} s / ${x.cpuSeconds.toFixed(2)} s, ${x.peakMiB.toFixed(0)} MiB, ${String(x.findings)}`;
  const ratio = (x: Sample) => `${(x.seconds / g.seconds).toFixed(1)}× / ${(x.cpuSeconds / g.cpuSeconds).toFixed(1)}×`;
  const mb = (statSync(path).size / 1e6).toFixed(1);
  console.log(`| ${file} | ${mb} MB | ${cell(g)} | ${cell(s)} | ${cell(r)} | ${ratio(s)} | ${ratio(r)} |`);
}
console.log(`\nLoad average at the end: ${loadavg().map((x) => x.toFixed(2)).join(' ')}.`);
