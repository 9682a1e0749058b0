/**
 * Renders the guidelines document (Markdown) from the guideline rules themselves, so what is
 * written and what is enforced cannot drift. Pure: data in, text out (the script
 * `scripts/generate-guidelines.ts` does the file I/O; the UI can render the same data).
 */
import { isRecord } from '../../../../document/index.js';
import { GUIDELINE_CATEGORIES, type GuidelineCategory, type GuidelineRule } from './guideline-rule.js';

const CATEGORY_TITLES: Record<GuidelineCategory, string> = {
  naming: 'Naming',
  errors: 'Errors',
  pagination: 'Pagination',
  versioning: 'Versioning',
  security: 'Security',
  documentation: 'Documentation',
};

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const anchor = (id: string): string => id.toLowerCase().replace(/[^a-z0-9-]/g, '');

function typeOf(schema: unknown): string {
  if (!isRecord(schema)) return 'any';
  const values = schema['enum'];
  if (Array.isArray(values)) return values.map((value) => `\`${String(value)}\``).join(' \\| ');
  const type = schema['type'];
  if (type === 'array') return `${typeOf(schema['items'])}[]`;
  if (type === 'object' && isRecord(schema['properties'])) {
    return `{ ${Object.keys(schema['properties']).join(', ')} }`;
  }
  return typeof type === 'string' ? type : 'any';
}

function optionsTable(rule: GuidelineRule): string[] {
  const schema = rule.options.schema;
  const properties = isRecord(schema) && isRecord(schema['properties']) ? schema['properties'] : {};
  const names = Object.keys(properties);
  if (names.length === 0) return ['Options: none.', ''];
  const defaults = isRecord(rule.options.defaults) ? rule.options.defaults : {};
  const lines = ['| option | type | default | meaning |', '|---|---|---|---|'];
  for (const name of names) {
    const property = properties[name];
    const description = isRecord(property) && typeof property['description'] === 'string' ? property['description'] : '';
    lines.push(`| \`${name}\` | ${typeOf(property)} | \`${cell(JSON.stringify(defaults[name]))}\` | ${cell(description)} |`);
  }
  return [...lines, ''];
}

function example(kind: 'Good' | 'Bad', texts: readonly string[]): string[] {
  return texts.flatMap((text) => [`${kind}:`, '', '```yaml', text.trimEnd(), '```', '']);
}

export function renderGuidelines(rules: Readonly<Record<string, GuidelineRule>>, rulesetId: string): string {
  const all = Object.values(rules);
  const lines: string[] = [
    '# API design guidelines',
    '',
    `<!-- Generated from the \`${rulesetId}\` ruleset by \`npm run docs:guidelines\`. Do not edit by hand: change the rules in src/modules/apis/lint/rules/guidelines/ and regenerate. -->`,
    '',
    "These are Groundwork's API design guidelines. Each one is a lint rule, so an API description can be checked against them",
    'before review and in CI:',
    '',
    '```sh',
    `groundwork api lint openapi.yaml --ruleset ${rulesetId}`,
    '```',
    '',
    'To adopt them with your own settings, extend the ruleset in `.spectral.yaml` and set severities or options per rule;',
    'options are validated when the ruleset loads:',
    '',
    '```yaml',
    `extends: ${rulesetId}`,
    'rules:',
    '  gw-properties-consistent-casing:',
    '    options: { casing: snake_case }',
    '  gw-body-examples: off',
    '```',
    '',
    'Every rule applies to OpenAPI 2.0 (Swagger), 3.0 and 3.1 documents.',
    '',
    '| rule | category | severity | guideline |',
    '|---|---|---|---|',
    ...all.map((rule) => `| [\`${rule.id}\`](#${anchor(rule.id)}) | ${rule.category} | ${rule.severity} | ${cell(rule.description)} |`),
    '',
  ];
  for (const category of GUIDELINE_CATEGORIES) {
    const inCategory = all.filter((rule) => rule.category === category);
    if (inCategory.length === 0) continue;
    lines.push(`## ${CATEGORY_TITLES[category]}`, '');
    for (const rule of inCategory) {
      lines.push(
        `### ${rule.id}`,
        '',
        `Severity: **${rule.severity}**`,
        '',
        rule.description,
        '',
        `**Why.** ${rule.rationale}`,
        '',
        ...optionsTable(rule),
        ...example('Good', rule.examples.good),
        ...example('Bad', rule.examples.bad),
      );
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
