/**
 * Agreement of Groundwork's `spectral:oas` with Spectral 6.16.3 on every corpus document:
 * compares the sets of (code, path) findings and prints, per document, the agreement
 * (|both| / |either|) and the differences by rule. Spectral's results are cached in
 * bench/.anchors/spectral-results/ (delete to refresh).
 *
 *   npx tsx bench/spectral-agreement.ts [--details FILE]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDocument } from '../src/modules/apis/document/index.js';
import { lintDocument, loadRuleset } from '../src/modules/apis/lint/index.js';
import { ANCHORS_DIR, CORPUS_DIR, ensureAnchors, SPECTRAL_BIN } from './anchors.js';

interface Result {
  readonly code: string;
  readonly path: readonly (string | number)[];
  readonly message: string;
}

function isResult(value: unknown): value is Result {
  return typeof value === 'object' && value !== null && 'code' in value && 'path' in value && Array.isArray(Reflect.get(value, 'path'));
}

function spectralResults(file: string): Result[] {
  const cacheDir = join(ANCHORS_DIR, 'spectral-results');
  mkdirSync(cacheDir, { recursive: true });
  const cache = join(cacheDir, `${file}.json`);
  if (!existsSync(cache)) {
    ensureAnchors();
    const rulesetDir = join(ANCHORS_DIR, 'ruleset');
    mkdirSync(rulesetDir, { recursive: true });
    writeFileSync(join(rulesetDir, '.spectral.yaml'), 'extends: ["spectral:oas"]\n');
    let output = '';
    try {
      output = execFileSync('node', [SPECTRAL_BIN, 'lint', '-q', '-f', 'json', '-r', join(rulesetDir, '.spectral.yaml'), join(CORPUS_DIR, file)], {
        encoding: 'utf8',
        maxBuffer: 1 << 30,
      });
    } catch (error) {
      // Spectral exits 1 when it finds errors; its report is still on stdout.
      output = String(Reflect.get(error as object, 'stdout') ?? '');
    }
    writeFileSync(cache, output);
  }
  const parsed: unknown = JSON.parse(readFileSync(cache, 'utf8') || '[]');
  return Array.isArray(parsed) ? parsed.filter(isResult) : [];
}

const key = (result: Result) => `${result.code} ${JSON.stringify(result.path.map(String))}`;

const detailsIndex = process.argv.indexOf('--details');
const detailsFile = detailsIndex === -1 ? undefined : process.argv[detailsIndex + 1];
const ruleset = await loadRuleset('spectral:oas');
const details: string[] = [];
const only = process.argv.slice(2).filter((arg, i, all) => !arg.startsWith('--') && all[i - 1] !== '--details');
const files = readdirSync(CORPUS_DIR)
  .filter((name) => /\.(json|ya?ml)$/.test(name) && (only.length === 0 || only.some((part) => name.includes(part))))
  .sort();
console.log('| document | Spectral | Groundwork | both | agreement | only Spectral (by rule) | only Groundwork (by rule) |');
console.log('|---|---|---|---|---|---|---|');
for (const file of files) {
  const spectral = spectralResults(file);
  const loaded = loadDocument(join(CORPUS_DIR, file));
  if (!loaded.ok) throw new Error(loaded.message);
  const ours = lintDocument(loaded.document, ruleset);
  const theirs = new Map(spectral.map((result) => [key(result), result]));
  const mine = new Map(ours.map((result) => [key(result), result]));
  const both = [...theirs.keys()].filter((k) => mine.has(k)).length;
  const union = new Set([...theirs.keys(), ...mine.keys()]).size;
  const onlyTheirs = [...theirs.values()].filter((result) => !mine.has(key(result)));
  const onlyMine = [...mine.values()].filter((result) => !theirs.has(key(result)));
  const byRule = (list: Result[]) => {
    const counts = new Map<string, number>();
    for (const result of list) counts.set(result.code, (counts.get(result.code) ?? 0) + 1);
    return [...counts].map(([code, n]) => `${code} ${String(n)}`).join(', ') || '-';
  };
  const agreement = union === 0 ? 100 : (100 * both) / union;
  console.log(
    `| ${file} | ${String(theirs.size)} | ${String(mine.size)} | ${String(both)} | ${agreement.toFixed(1)} % | ${byRule(onlyTheirs)} | ${byRule(onlyMine)} |`,
  );
  details.push(`## ${file}`);
  for (const result of onlyTheirs) details.push(`- only Spectral: ${key(result)} — ${result.message}`);
  for (const result of onlyMine) details.push(`- only Groundwork: ${key(result)} — ${result.message}`);
}
if (detailsFile !== undefined) writeFileSync(detailsFile, `${details.join('\n')}\n`);
