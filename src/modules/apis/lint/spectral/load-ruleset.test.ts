import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDocument, parseDocument } from '../../document/index.js';
import { lintDocument } from '../engine/lint.js';
import { loadRuleset } from './load-ruleset.js';
import { BUILTIN_RULESET_NAMES, loadBuiltinRuleset } from './builtin-rulesets.js';
import { coreFunctions } from './functions/index.js';
import { OptionsValidator } from './options-validator.js';

const corpus = (name: string) => join(import.meta.dirname, '../../../../../../shared/corpora/openapi', name);

function rulesetFile(text: string, name = '.spectral.yaml'): string {
  const dir = mkdtempSync(join(tmpdir(), 'gw-ruleset-'));
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('Spectral ruleset files', () => {
  it('extends spectral:oas, changes severities, turns rules off and adds rules with core functions, aliases and filters', async () => {
    const path = rulesetFile(`
extends: [[spectral:oas, recommended]]
aliases:
  PathItem: "$.paths[*]"
rules:
  info-contact: off
  operation-description: error
  op-summary-short:
    given: "#PathItem[?(@.summary && @.summary.length > 20)]"
    severity: warn
    message: "{{property}} is too long"
    then:
      field: summary
      function: length
      functionOptions: { max: 20 }
`);
    const ruleset = await loadRuleset(path);
    expect(ruleset.rules.get('info-contact')?.severity).toBe(-1);
    expect(ruleset.rules.get('operation-description')?.severity).toBe(0);
    const doc = parseDocument(
      'openapi: 3.0.3\ninfo: {title: T, version: "1"}\npaths:\n  /a:\n    get:\n      summary: A summary that is far too long\n      responses: {"200": {description: ok}}\n',
      { source: '/virtual/a.yaml' },
    );
    const findings = lintDocument(doc, ruleset);
    expect(findings.find((f) => f.code === 'op-summary-short')).toMatchObject({ path: ['paths', '/a', 'get', 'summary'], severity: 1 });
    expect(findings.find((f) => f.code === 'operation-description')?.severity).toBe(0);
    expect(findings.some((f) => f.code === 'info-contact')).toBe(false);
  });

  it('refuses custom JavaScript functions with a clear message', async () => {
    const path = rulesetFile('functions: [myCheck]\nrules:\n  x:\n    given: $\n    then: { function: myCheck }\n');
    await expect(loadRuleset(path)).rejects.toThrow(/custom JavaScript functions/);
    const inline = rulesetFile('rules:\n  x:\n    given: $\n    then: { function: myCheck }\n');
    await expect(loadRuleset(inline)).rejects.toThrow(/not a Spectral core function/);
  });

  it.each(BUILTIN_RULESET_NAMES)('ships %s with valid options on every rule (loading trusts them)', async (name) => {
    const validator = new OptionsValidator();
    const definition = await loadBuiltinRuleset(name);
    let checked = 0;
    for (const [id, rule] of Object.entries(definition.rules)) {
      const declared = rule.options;
      if (declared !== undefined) {
        expect(() => { validator.check(declared.schema, declared.defaults, id); }).not.toThrow();
        checked++;
      }
      for (const then of Array.isArray(rule.then) ? rule.then : [rule.then]) {
        const schema = typeof then.function === 'string' ? coreFunctions[then.function]?.optionsSchema : null;
        if (schema === null || schema === undefined) continue;
        expect(() => { validator.check(schema, then.functionOptions ?? null, id); }).not.toThrow();
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('still validates options a ruleset file sets for a built-in rule', async () => {
    const path = rulesetFile('extends: groundwork:guidelines\nrules:\n  gw-body-examples: { severity: warn, options: { nonsense: 1 } }\n');
    await expect(loadRuleset(path)).rejects.toThrow(/invalid options/);
  });

  it('validates function options when loading', async () => {
    const path = rulesetFile('rules:\n  x:\n    given: $.info\n    then: { function: casing, functionOptions: { type: upside-down } }\n');
    await expect(loadRuleset(path)).rejects.toThrow(/invalid options/);
  });

  it('applies overrides by file pattern and JSON pointer', async () => {
    const path = rulesetFile(`
extends: spectral:oas
overrides:
  - files: ["**/*.json#/paths"]
    rules:
      operation-description: off
`);
    const loaded = loadDocument(corpus('argoproj-argo-workflows-swagger.json'));
    if (!loaded.ok) throw new Error(loaded.message);
    const findings = lintDocument(loaded.document, await loadRuleset(path));
    expect(findings.some((f) => f.code === 'operation-description')).toBe(false);
    expect(findings.some((f) => f.code === 'operation-tag-defined')).toBe(true);
  });

  it('lints circular schemas without hanging and reports broken refs', async () => {
    const ruleset = await loadRuleset('spectral:oas');
    const doc = parseDocument(
      JSON.stringify({
        openapi: '3.0.3',
        info: { title: 'T', version: '1' },
        paths: { '/a': { get: { responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Node' } } } } } } } },
        components: { schemas: { Node: { type: 'object', properties: { next: { $ref: '#/components/schemas/Node' }, gone: { $ref: '#/components/schemas/Missing' } } } } },
      }),
      { source: '/virtual/cycle.json' },
    );
    const findings = lintDocument(doc, ruleset);
    expect(findings.find((f) => f.code === 'invalid-ref')?.path).toEqual(['components', 'schemas', 'Node', 'properties', 'gone', '$ref']);
  });
});
