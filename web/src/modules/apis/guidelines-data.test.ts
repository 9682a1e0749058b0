import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { guidelineRules } from '../../../../src/modules/apis/lint/rulesets/groundwork-guidelines.js';
import { guidelinesJson } from './write-guidelines-json.js';

const committed = readFileSync(new URL('guidelines.json', import.meta.url), 'utf8');
const docs = readFileSync(new URL('../../../../docs/api-guidelines.md', import.meta.url), 'utf8');

describe('guidelines data for the web UI', () => {
  it('is what the rules give now (run `npx tsx web/src/modules/apis/write-guidelines-json.ts` if not)', () => {
    expect(committed).toBe(guidelinesJson());
  });

  it('holds every rule of the generated docs, with the same severity and description', () => {
    const data = JSON.parse(committed) as { rules: { id: string; severity: string; description: string; good: string[]; bad: string[] }[] };
    expect(data.rules.map((r) => r.id)).toEqual(Object.keys(guidelineRules));
    for (const rule of data.rules) {
      expect(docs).toContain(`### ${rule.id}\n\nSeverity: **${rule.severity}**\n\n${rule.description}`);
      expect(rule.good.length + rule.bad.length).toBeGreaterThan(0);
      for (const example of [...rule.good, ...rule.bad]) expect(docs).toContain(example);
    }
  });
});
