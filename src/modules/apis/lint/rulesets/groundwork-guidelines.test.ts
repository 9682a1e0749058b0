import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { loadDocument, parseDocument } from '../../document/index.js';
import { lintDocument } from '../engine/lint.js';
import { findingsOf } from '../rules/guidelines/support/lint-text.js';
import { GUIDELINE_CATEGORIES } from '../rules/guidelines/support/guideline-rule.js';
import { renderGuidelines } from '../rules/guidelines/support/render-guidelines.js';
import { loadRuleset } from '../spectral/load-ruleset.js';
import { groundworkGuidelines, guidelineRules } from './groundwork-guidelines.js';

const here = dirname(fileURLToPath(import.meta.url));
const rulesDir = join(here, '../rules/guidelines');
const corpusDir = join(here, '../../../../../../shared/corpora/openapi');
const entries = Object.entries(guidelineRules);

describe('groundwork:guidelines registry (meta)', () => {
  it.each(entries)('%s is a documented rule in a file named by its id, with a test file', async (id, rule) => {
    expect(rule.id).toBe(id);
    expect(id).toMatch(/^gw-[a-z0-9]+(?:-[a-z0-9]+)*$/);
    const module: unknown = await import(join(rulesDir, `${id}.js`));
    expect(Object.values(module as Record<string, unknown>)).toContain(rule);
    expect(existsSync(join(rulesDir, `${id}.test.ts`))).toBe(true);
    expect(GUIDELINE_CATEGORIES).toContain(rule.category);
    expect(['error', 'warn', 'info', 'hint']).toContain(rule.severity);
    expect(rule.description.length).toBeGreaterThan(20);
    expect(rule.rationale.length).toBeGreaterThan(60);
    expect(rule.examples.good.length).toBeGreaterThan(0);
    expect(rule.examples.bad.length).toBeGreaterThan(0);
    const validate = new Ajv({ strict: false }).compile(rule.options.schema);
    expect(validate(rule.options.defaults), JSON.stringify(validate.errors)).toBe(true);
  });

  it('has no rule file that is missing from the registry', () => {
    const files = readdirSync(rulesDir).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'));
    expect(files.map((name) => name.replace(/\.ts$/, '')).sort()).toEqual(Object.keys(guidelineRules).sort());
  });

  it('docs/api-guidelines.md is generated from these rules and up to date', () => {
    const committed = readFileSync(join(here, '../../../../../docs/api-guidelines.md'), 'utf8');
    expect(committed).toBe(renderGuidelines(guidelineRules, groundworkGuidelines.id));
    for (const id of Object.keys(guidelineRules)) expect(committed).toContain(`### ${id}\n`);
  });

  it('covers every category', () => {
    expect(new Set(entries.map(([, rule]) => rule.category))).toEqual(new Set(GUIDELINE_CATEGORIES));
  });

  it.each(entries)('%s: good examples pass it and bad examples fail it', (id, rule) => {
    for (const good of rule.examples.good) expect(findingsOf(id, good), good).toEqual([]);
    for (const bad of rule.examples.bad) expect(findingsOf(id, bad).length, bad).toBeGreaterThan(0);
  });

  it('examples are valid OpenAPI snippets (they parse, and are OpenAPI)', () => {
    for (const [, rule] of entries) {
      for (const text of [...rule.examples.good, ...rule.examples.bad]) {
        const document = parseDocument(text, { source: '/virtual/example.yaml' });
        expect(document.diagnostics).toEqual([]);
        expect(document.formats.size).toBeGreaterThan(0);
      }
    }
  });
});

describe('groundwork:guidelines as a ruleset', () => {
  const writeRuleset = (text: string): string => {
    const dir = mkdtempSync(join(tmpdir(), 'gw-guidelines-'));
    const path = join(dir, '.spectral.yaml');
    writeFileSync(path, text);
    return path;
  };
  const example = guidelineRules['gw-properties-consistent-casing'].examples.bad[0] ?? '';

  it('loads by name and from a .spectral.yaml that extends it, with rule options and severities', async () => {
    const byName = await loadRuleset('groundwork:guidelines');
    expect([...byName.rules.keys()].sort()).toEqual(Object.keys(groundworkGuidelines.rules).sort());

    const path = writeRuleset(
      [
        'extends: groundwork:guidelines',
        'rules:',
        '  gw-properties-consistent-casing:',
        '    severity: error',
        '    options: { casing: snake_case }',
        '  gw-info-contact: off',
      ].join('\n'),
    );
    const ruleset = await loadRuleset(path);
    const findings = lintDocument(parseDocument(example, { source: '/virtual/openapi.yaml' }), ruleset);
    const casing = findings.filter((f) => f.code === 'gw-properties-consistent-casing');
    expect(casing.map((f) => f.path.at(-1))).toEqual(['createdAt', 'totalAmount']);
    expect(casing.every((f) => f.severity === 0)).toBe(true);
    expect(findings.some((f) => f.code === 'gw-info-contact')).toBe(false);
  });

  it('leaves non-OpenAPI, empty and broken documents to the parser findings', async () => {
    const ruleset = await loadRuleset('groundwork:guidelines');
    for (const text of ['{"name": "not an API"}', '', 'openapi: 3.1.0\npaths: [\n']) {
      const codes = lintDocument(parseDocument(text, { source: '/virtual/x.yaml' }), ruleset).map((f) => f.code);
      expect(codes.length).toBeGreaterThan(0);
      expect(codes.filter((code) => code.startsWith('gw-'))).toEqual([]);
    }
    // Wrong types everywhere: rules skip what they cannot read and never throw.
    const odd = 'openapi: 3.1.0\ninfo: []\npaths: { /a: 7, /b: { get: [] }, /c: { get: { responses: 5, parameters: {}, tags: x } } }\ncomponents: { schemas: { A: { properties: 3 } } }\n';
    const findings = lintDocument(parseDocument(odd, { source: '/virtual/x.yaml' }), ruleset);
    expect(findings.filter((f) => f.message.includes('threw'))).toEqual([]);
    expect(findings.map((f) => f.code)).toContain('gw-operation-id-unique');
  });

  it('rejects invalid rule options when the ruleset loads', async () => {
    const path = writeRuleset(['extends: groundwork:guidelines', 'rules:', '  gw-pagination-limit-maximum:', '    options: { names: 3 }'].join('\n'));
    await expect(loadRuleset(path)).rejects.toThrow(/gw-pagination-limit-maximum.*invalid options/);
    const unknown = writeRuleset(['extends: groundwork:guidelines', 'rules:', '  gw-servers-https:', '    options: { allowHost: [] }'].join('\n'));
    await expect(loadRuleset(unknown)).rejects.toThrow(/invalid options/);
  });
});

/**
 * Findings per rule on the real documents of the corpus. Checked by hand (samples of each
 * rule's findings read against the documents): e.g. Box's `default` error responses are
 * `application/json` (733 problem-details findings over 296 operations), Twilio's form fields
 * are PascalCase in a snake_case API, Kubernetes' discovery paths (`/apis/apps/`) carry no
 * version, OpenAI uses `starting_after` in two places and `after` everywhere else.
 */
const EXPECTED: Record<string, Record<string, number>> = {
  'argoproj-argo-workflows-swagger.json': { 'gw-body-examples': 104, 'gw-errors-auth-documented': 73, 'gw-errors-problem-details': 73, 'gw-info-contact': 1, 'gw-info-version-format': 1, 'gw-operation-id-camel-case': 73, 'gw-operation-summary': 67, 'gw-pagination-parameters': 4, 'gw-paths-no-verbs': 6, 'gw-paths-plural-collections': 4, 'gw-properties-consistent-casing': 4, 'gw-tags-defined': 73, 'gw-versioning-single-strategy': 5 },
  'asana-openapi-app-components.yaml': { 'gw-body-examples': 7, 'gw-errors-problem-details': 10, 'gw-info-version-format': 1, 'gw-operation-security': 12, 'gw-pagination-parameters': 3, 'gw-paths-kebab-case': 12, 'gw-paths-no-verbs': 1, 'gw-versioning-single-strategy': 1 },
  'asana-openapi-asana-oas.yaml': { 'gw-body-examples': 196, 'gw-errors-auth-documented': 1, 'gw-errors-documented': 1, 'gw-errors-problem-details': 11, 'gw-info-version-format': 1, 'gw-pagination-consistent-names': 1, 'gw-pagination-limit-maximum': 1, 'gw-pagination-next-page': 3, 'gw-pagination-parameters': 9, 'gw-paths-kebab-case': 104, 'gw-paths-no-verbs': 39, 'gw-paths-plural-collections': 1, 'gw-properties-consistent-casing': 11, 'gw-tags-defined': 1 },
  'box-box-openapi-openapi.json': { 'gw-body-examples': 156, 'gw-errors-auth-documented': 277, 'gw-errors-problem-details': 733, 'gw-info-version-format': 1, 'gw-no-secrets-in-query': 1, 'gw-operation-id-camel-case': 296, 'gw-pagination-next-page': 10, 'gw-pagination-parameters': 10, 'gw-paths-kebab-case': 120, 'gw-paths-plural-collections': 1, 'gw-properties-consistent-casing': 68, 'gw-versioning-single-strategy': 1 },
  'discord-discord-api-spec-openapi.json': { 'gw-body-examples': 272, 'gw-errors-documented': 242, 'gw-errors-problem-details': 2, 'gw-info-contact': 1, 'gw-info-version-format': 1, 'gw-operation-id-camel-case': 242, 'gw-operation-summary': 225, 'gw-pagination-next-page': 9, 'gw-pagination-parameters': 27, 'gw-paths-kebab-case': 21, 'gw-paths-no-verbs': 1, 'gw-paths-plural-collections': 2, 'gw-properties-consistent-casing': 40, 'gw-tags-defined': 242 },
  'kubernetes-client-python-swagger.json': { 'gw-body-examples': 1896, 'gw-errors-auth-documented': 1123, 'gw-errors-documented': 1123, 'gw-errors-problem-details': 1117, 'gw-info-contact': 1, 'gw-info-version-format': 1, 'gw-operation-summary': 2, 'gw-pagination-limit-maximum': 1, 'gw-paths-kebab-case': 361, 'gw-paths-plural-collections': 3, 'gw-properties-consistent-casing': 8, 'gw-tags-defined': 1123, 'gw-versioning-single-strategy': 27 },
  'openai-openai-openapi-openapi.yaml': { 'gw-body-examples': 353, 'gw-deprecated-sunset': 15, 'gw-errors-auth-documented': 288, 'gw-errors-documented': 288, 'gw-errors-problem-details': 17, 'gw-operation-id-camel-case': 162, 'gw-pagination-consistent-names': 2, 'gw-pagination-limit-maximum': 46, 'gw-pagination-parameters': 2, 'gw-paths-kebab-case': 63, 'gw-properties-consistent-casing': 79, 'gw-tags-defined': 195 },
  'twilio-twilio-oai-api-v2010.json': { 'gw-errors-auth-documented': 197, 'gw-errors-documented': 197, 'gw-errors-problem-details': 1, 'gw-operation-id-camel-case': 197, 'gw-operation-summary': 47, 'gw-paths-kebab-case': 121, 'gw-paths-no-verbs': 5, 'gw-properties-consistent-casing': 859, 'gw-tags-defined': 13 },
  'twilio-twilio-oai-messaging-v1.yaml': { 'gw-errors-auth-documented': 58, 'gw-errors-documented': 58, 'gw-operation-id-camel-case': 58, 'gw-operation-summary': 52, 'gw-pagination-parameters': 1, 'gw-paths-kebab-case': 33, 'gw-paths-no-verbs': 1, 'gw-paths-plural-collections': 1, 'gw-properties-consistent-casing': 152, 'gw-tags-defined': 9, 'gw-versioning-single-strategy': 1 },
};

describe('groundwork:guidelines on the OpenAPI corpus', () => {
  const documents = readdirSync(corpusDir).filter((name) => /\.(json|ya?ml)$/.test(name));

  it('covers every document of the corpus', () => {
    expect(documents.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(documents)('%s: lints without crashing, with the findings counted by hand', async (name) => {
    const loaded = loadDocument(join(corpusDir, name));
    if (!loaded.ok) throw new Error(loaded.message);
    const ruleset = await loadRuleset('groundwork:guidelines');
    const findings = lintDocument(loaded.document, ruleset);
    const counts: Record<string, number> = {};
    for (const finding of findings) counts[finding.code] = (counts[finding.code] ?? 0) + 1;
    expect(counts).toEqual(EXPECTED[name]);
    for (const finding of findings) expect(finding.range.start.line).toBeGreaterThanOrEqual(0);
  });
});
