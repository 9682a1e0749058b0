/**
 * Writes guidelines.json (the guideline rules' documentation as data for the web UI) from the
 * `groundwork:guidelines` ruleset. Runs before `npm run build:web` (prebuild:web).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GUIDELINE_CATEGORIES } from '../../../../src/modules/apis/lint/rules/guidelines/support/guideline-rule.js';
import { groundworkGuidelines, guidelineRules } from '../../../../src/modules/apis/lint/rulesets/groundwork-guidelines.js';
import { guidelinesData } from './guidelines-data.js';

export function guidelinesJson(): string {
  return `${JSON.stringify(guidelinesData(guidelineRules, groundworkGuidelines.id, GUIDELINE_CATEGORIES), null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const target = fileURLToPath(new URL('guidelines.json', import.meta.url));
  writeFileSync(target, guidelinesJson());
  process.stdout.write(`wrote ${target} (${String(Object.keys(guidelineRules).length)} rules)\n`);
}
