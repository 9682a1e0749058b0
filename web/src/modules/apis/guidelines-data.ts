/**
 * The guideline rules' documentation fields as plain data for the UI. The rule files also hold
 * the rule functions and import Node-only document loading, so the web bundle cannot import
 * them; `write-guidelines-json.ts` runs this at build time (`prebuild:web`) into
 * `guidelines.json`, which the page imports. Pure: rules in, data out. A test keeps the JSON
 * equal to what the rules give now, the same guard `docs:guidelines --check` is for the docs.
 */
import type { GuidelineRule } from '../../../../src/modules/apis/lint/rules/guidelines/support/guideline-rule.js';

export interface GuidelineOption {
  name: string;
  type: string;
  default: string;
  description: string;
}

export interface GuidelineData {
  id: string;
  category: string;
  severity: string;
  description: string;
  rationale: string;
  options: GuidelineOption[];
  good: string[];
  bad: string[];
}

export interface GuidelinesData {
  ruleset: string;
  categories: string[];
  rules: GuidelineData[];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typeOf(schema: unknown): string {
  if (!isObject(schema)) return 'any';
  const values = schema['enum'];
  if (Array.isArray(values)) return values.map(String).join(' | ');
  const type = schema['type'];
  if (type === 'array') return `${typeOf(schema['items'])}[]`;
  if (type === 'object' && isObject(schema['properties'])) return `{ ${Object.keys(schema['properties']).join(', ')} }`;
  return typeof type === 'string' ? type : 'any';
}

function optionsOf(rule: GuidelineRule): GuidelineOption[] {
  const schema: unknown = rule.options.schema;
  const properties = isObject(schema) && isObject(schema['properties']) ? schema['properties'] : {};
  const defaults: Record<string, unknown> = isObject(rule.options.defaults) ? rule.options.defaults : {};
  return Object.entries(properties).map(([name, property]) => ({
    name,
    type: typeOf(property),
    default: defaults[name] === undefined ? '' : JSON.stringify(defaults[name]),
    description: isObject(property) && typeof property['description'] === 'string' ? property['description'] : '',
  }));
}

export function guidelinesData(rules: Readonly<Record<string, GuidelineRule>>, rulesetId: string, categories: readonly string[]): GuidelinesData {
  return {
    ruleset: rulesetId,
    categories: [...categories],
    rules: Object.values(rules).map((rule) => ({
      id: rule.id,
      category: rule.category,
      severity: rule.severity,
      description: rule.description,
      rationale: rule.rationale,
      options: optionsOf(rule),
      good: rule.examples.good.map((text) => text.trimEnd()),
      bad: rule.examples.bad.map((text) => text.trimEnd()),
    })),
  };
}
