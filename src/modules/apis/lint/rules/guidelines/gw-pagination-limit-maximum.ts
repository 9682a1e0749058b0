import type { RuleFunctionResult } from '../../engine/types.js';
import { yaml } from './support/dedent.js';
import { check, type GuidelineRule } from './support/guideline-rule.js';
import { operationView } from './support/operation-view.js';
import { DEFAULT_PAGINATION_NAMES, roleOf } from './support/pagination.js';
import { derefRecord } from './support/resolve.js';

interface Options {
  /** Page-size parameter names (normalised: lower case without `_`, `-`, `$`, `.`). */
  readonly names: readonly string[];
}
const defaults: Options = { names: DEFAULT_PAGINATION_NAMES.size };

export const paginationLimitMaximum = {
  id: 'gw-pagination-limit-maximum',
  category: 'pagination',
  severity: 'warn',
  description: 'Page-size query parameters (`limit`, `page_size`, `per_page`...) declare a `maximum`.',
  message: '{{error}}',
  rationale:
    'An unbounded `limit` is pagination in name only: `?limit=1000000` fetches the whole table. The maximum protects the service ' +
    'and tells clients the largest page they may ask for, so they do not discover it by trial and error.',
  examples: {
    good: [
      yaml`
        openapi: 3.1.0
        info: { title: Shop, version: 1.0.0 }
        paths:
          /orders:
            get:
              parameters:
                - { name: limit, in: query, schema: { type: integer, minimum: 1, maximum: 100, default: 20 } }
              responses:
                '200': { description: Orders }
      `,
    ],
    bad: [
      yaml`
        openapi: 3.1.0
        info: { title: Shop, version: 1.0.0 }
        paths:
          /orders:
            get:
              parameters:
                - { name: limit, in: query, schema: { type: integer } }
              responses:
                '200': { description: Orders }
      `,
    ],
  },
  options: {
    schema: {
      type: 'object',
      properties: {
        names: { type: 'array', items: { type: 'string' }, description: 'Page-size parameter names (normalised).' },
      },
      additionalProperties: false,
    },
    defaults,
  },
  given: '$',
  resolved: false,
  then: check(defaults, (_root, options, context): RuleFunctionResult[] => {
    const results: RuleFunctionResult[] = [];
    const reported = new Set<string>();
    for (const operation of context.index.operations) {
      for (const parameter of operationView(context.document, operation).parameters) {
        if (parameter.in !== 'query' || roleOf(parameter.name, { size: options.names, cursor: [], offset: [], page: [] }) !== 'size') {
          continue;
        }
        const key = JSON.stringify(parameter.location);
        if (reported.has(key)) continue;
        // OpenAPI 3 puts the bounds in `schema`; Swagger 2.0 on the parameter itself.
        const schema = derefRecord(context.document, parameter.value['schema'], parameter.source)?.value ?? parameter.value;
        if (typeof schema['maximum'] === 'number') continue;
        reported.add(key);
        results.push({ message: `Page-size parameter "${parameter.name}" has no maximum.`, path: parameter.location });
      }
    }
    return results;
  }),
} satisfies GuidelineRule<Options>;
