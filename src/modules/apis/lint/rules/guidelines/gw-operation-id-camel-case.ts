import type { RuleFunctionResult } from '../../engine/types.js';
import { isCamelCase } from './support/casing.js';
import { yaml } from './support/dedent.js';
import { check, NO_OPTIONS_SCHEMA, type GuidelineRule } from './support/guideline-rule.js';

type Options = Record<string, never>;
const defaults: Options = {};

export const operationIdCamelCase = {
  id: 'gw-operation-id-camel-case',
  category: 'naming',
  severity: 'warn',
  description: 'operationIds are camelCase: a lowercase first letter, then letters and digits only (`listOrders`).',
  message: '{{error}}',
  rationale:
    'Generated clients turn operationIds into method names. camelCase ids become idiomatic names in most languages without ' +
    'mangling, while ids with spaces, dots, slashes or hyphens (`orders.list`, `get-order`) are rewritten differently by ' +
    'every generator, so the same operation ends up with different names across SDKs.',
  examples: {
    good: [
      yaml`
        openapi: 3.1.0
        info: { title: Shop, version: 1.0.0 }
        paths:
          /orders/{orderId}:
            get:
              operationId: getOrder
              responses:
                '200': { description: The order }
      `,
    ],
    bad: [
      yaml`
        openapi: 3.1.0
        info: { title: Shop, version: 1.0.0 }
        paths:
          /orders/{orderId}:
            get:
              operationId: get_order
              responses:
                '200': { description: The order }
      `,
    ],
  },
  options: { schema: NO_OPTIONS_SCHEMA, defaults },
  given: '$',
  resolved: false,
  then: check(defaults, (_root, _options, context): RuleFunctionResult[] => {
    const results: RuleFunctionResult[] = [];
    for (const operation of context.index.operations) {
      const id = operation.value['operationId'];
      // A missing id is gw-operation-id-unique's finding, not this rule's.
      if (typeof id !== 'string' || id.trim() === '' || isCamelCase(id)) continue;
      results.push({ message: `operationId "${id}" is not camelCase.`, path: [...operation.path, 'operationId'] });
    }
    return results;
  }),
} satisfies GuidelineRule<Options>;
