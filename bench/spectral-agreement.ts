/**
 * Agreement of Groundwork's `spectral:oas` with Spectral 6.16.3 on every corpus document:
 * compares the sets of (code, path) findings and prints, per document, the agreement
 * (|both| / |either|) and the differences by rule. Spectral's results are cached in
 * bench/.anchors/spectral-results/ (delete to refresh).
 *
 *   npx tsx bench/spectral-agreement.ts [--check] [--details FILE] [DOCUMENT...]
 *
 * `--check` (run by CI) exits 1 when a document's agreement is below issue 4's 98 %, once
 * Spectral's parser errors on unquoted numeric YAML keys are set aside: a Spectral bug that
 * Groundwork does not copy (bench/spectral-differences.md).
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

/** Spectral's YAML parser rejects `200:` as a mapping key (YAML 1.2 allows it; listed, not copied). */
const isNumericKeyParserBug = (result: Result) => result.code === 'parser' && result.message.includes('Mapping key must be a string scalar');

const TARGET_PERCENT = 98;
const check = process.argv.includes('--check');
const below: string[] = [];

const detailsIndex = process.argv.indexOf('--details');
const detailsFile = detailsIndex === -1 ? undefined : process.argv[detailsIndex + 1];
const ruleset = await loadRuleset('spectral:oas');
const details: string[] = [];
const only = process.argv.slice(2).filter((arg, i, all) => !arg.startsWith('--') && all[i - 1] !== '--details');
const files = readdirSync(CORPUS_DIR)
  .filter((name) => /\.(json|ya?ml)$/.test(name) && (only.length === 0 || only.some((part) => name.includes(part))))
  .sort();
console.log('| document | Spectral | Groundwork | both | agreement | without Spectral\'s numeric-key parser errors | only Spectral (by rule) | only Groundwork (by rule) |');
console.log('|---|---|---|---|---|---|---|---|');
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
  const parserBugs = onlyTheirs.filter(isNumericKeyParserBug).length;
  const agreementBesidesBug = union - parserBugs === 0 ? 100 : (100 * both) / (union - parserBugs);
  if (agreementBesidesBug < TARGET_PERCENT) below.push(`${file} ${agreementBesidesBug.toFixed(1)} %`);
  console.log(
    `| ${file} | ${String(theirs.size)} | ${String(mine.size)} | ${String(both)} | ${agreement.toFixed(1)} % | ${agreementBesidesBug.toFixed(1)} % | ${byRule(onlyTheirs)} | ${byRule(onlyMine)} |`,
  );
  details.push(`## ${file}`);
  for (const result of onlyTheirs) details.push(`- only Spectral: ${key(result)} — ${result.message}`);
  for (const result of onlyMine) details.push(`- only Groundwork: ${key(result)} — ${result.message}`);
}
if (detailsFile !== undefined) writeFileSync(detailsFile, `${details.join('\n')}\n`);
if (check) {
  if (below.length > 0) {
    console.error(`Agreement with Spectral below ${String(TARGET_PERCENT)} %: ${below.join(', ')}`);
    process.exitCode = 1;
  } else console.log(`\nEvery document agrees with Spectral at ${String(TARGET_PERCENT)} % or more (numeric-key parser errors set aside).`);
}
