/**
 * Writes docs/api-guidelines.md from the `groundwork:guidelines` ruleset.
 *   npm run docs:guidelines            regenerate the file
 *   npm run docs:guidelines -- --check exit 1 when the file is missing or stale (CI)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderGuidelines } from '../src/modules/apis/lint/rules/guidelines/support/render-guidelines.js';
import { groundworkGuidelines, guidelineRules } from '../src/modules/apis/lint/rulesets/groundwork-guidelines.js';

const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'api-guidelines.md');
const expected = renderGuidelines(guidelineRules, groundworkGuidelines.id);
const shown = relative(process.cwd(), target);

function current(): string | undefined {
  try {
    return readFileSync(target, 'utf8');
  } catch {
    return undefined;
  }
}

if (process.argv.includes('--check')) {
  if (current() !== expected) {
    process.stderr.write(`${shown} is out of date with the groundwork:guidelines rules; run \`npm run docs:guidelines\` and commit it.\n`);
    process.exit(1);
  }
  process.stdout.write(`${shown} is up to date.\n`);
} else {
  writeFileSync(target, expected);
  process.stdout.write(`wrote ${shown} (${String(Object.keys(guidelineRules).length)} rules)\n`);
}
