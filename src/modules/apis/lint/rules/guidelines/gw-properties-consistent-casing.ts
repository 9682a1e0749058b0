import { isRecord, type JsonPath } from '../../../document/index.js';
import type { RuleFunctionResult } from '../../engine/types.js';
import { classifyCasing, type PropertyCasing } from './support/casing.js';
import { yaml } from './support/dedent.js';
import { check, safeRegExp, type GuidelineRule } from './support/guideline-rule.js';

interface Options {
  /** `auto`: the casing most property names use wins; or force one. */
  readonly casing: 'auto' | 'camelCase' | 'snake_case';
  /** Regular expressions of property names never checked (e.g. HAL's `_links`, JSON-LD's `@id`). */
  readonly ignore: readonly string[];
}
const defaults: Options = { casing: 'auto', ignore: ['^[^A-Za-z]'] };

export const propertiesConsistentCasing = {
  id: 'gw-properties-consistent-casing',
  category: 'naming',
  severity: 'warn',
  description:
    'Schema property names use one casing across the document: camelCase or snake_case (by default whichever most names use).',
  message: '{{error}}',
  rationale:
    'Clients map JSON properties to fields; one casing per API lets them configure that mapping once instead of per field. ' +
    'Both camelCase and snake_case are fine choices; mixing them is the problem, so by default the casing most names already use wins ' +
    'and the others are reported. Single lowercase words (`name`, `id`) fit both styles and are never reported.',
  examples: {
    good: [
      yaml`
        openapi: 3.1.0
        info: { title: Shop, version: 1.0.0 }
        paths: {}
        components:
          schemas:
            Order:
              type: object
              properties:
                id: { type: string }
                createdAt: { type: string, format: date-time }
                totalAmount: { type: integer }
      `,
    ],
    bad: [
      yaml`
        openapi: 3.1.0
        info: { title: Shop, version: 1.0.0 }
        paths: {}
        components:
          schemas:
            Order:
              type: object
              properties:
                createdAt: { type: string, format: date-time }
                totalAmount: { type: integer }
                shipping_address: { type: string }
      `,
    ],
  },
  options: {
    schema: {
      type: 'object',
      properties: {
        casing: { enum: ['auto', 'camelCase', 'snake_case'], description: 'The casing to enforce, or `auto`.' },
        ignore: {
          type: 'array',
          items: { type: 'string' },
          description: 'Regular expressions of property names that are not checked.',
        },
      },
      additionalProperties: false,
    },
    defaults,
  },
  given: '$',
  resolved: false,
  then: check(defaults, (_root, options, context): RuleFunctionResult[] => {
    const ignore = options.ignore.map((pattern) => safeRegExp(pattern));
    // The index lists each schema object once; names repeat across schemas, so classify
    // each distinct name once and build paths only for the names that are reported.
    const casingOf = new Map<string, PropertyCasing | 'ignored'>();
    const occurrences: { name: string; casing: PropertyCasing; schemaPath: JsonPath }[] = [];
    const names = { camelCase: new Set<string>(), snake_case: new Set<string>() };
    for (const schema of context.index.schemas) {
      const properties = schema.value['properties'];
      if (!isRecord(properties)) continue;
      for (const name in properties) {
        let casing = casingOf.get(name);
        if (casing === undefined) {
          casing = ignore.some((pattern) => pattern.test(name)) ? 'ignored' : classifyCasing(name);
          casingOf.set(name, casing);
          if (casing === 'camelCase' || casing === 'snake_case') names[casing].add(name);
        }
        if (casing === 'ignored' || casing === 'neutral') continue;
        occurrences.push({ name, casing, schemaPath: schema.path });
      }
    }
    // Distinct names decide the dominant style, so one schema repeated inline many times
    // does not outvote the rest of the document. A tie goes to camelCase.
    const expected =
      options.casing !== 'auto'
        ? options.casing
        : names.snake_case.size > names.camelCase.size
          ? 'snake_case'
          : 'camelCase';
    const why =
      options.casing === 'auto'
        ? `this document mostly uses ${expected} (${String(names.camelCase.size)} camelCase and ${String(names.snake_case.size)} snake_case names)`
        : `the ruleset requires ${expected}`;
    return occurrences
      .filter((occurrence) => occurrence.casing !== expected)
      .map((occurrence) => ({
        message: `Property "${occurrence.name}" is not ${expected}: ${why}.`,
        path: [...occurrence.schemaPath, 'properties', occurrence.name],
      }));
  }),
} satisfies GuidelineRule<Options>;
