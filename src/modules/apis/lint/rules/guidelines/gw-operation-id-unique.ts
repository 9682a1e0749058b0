import type { RuleFunctionResult } from '../../engine/types.js';
import { yaml } from './support/dedent.js';
import { check, NO_OPTIONS_SCHEMA, type GuidelineRule } from './support/guideline-rule.js';

type Options = Record<string, never>;
const defaults: Options = {};

export const operationIdUnique = {
  id: 'gw-operation-id-unique',
  category: 'naming',
  severity: 'error',
  description: 'Every operation has an `operationId`, and no two operations share one.',
  message: '{{error}}',
  rationale:
    'The operationId is the stable name of an operation: SDK generators turn it into a method name, documentation links to it, ' +
    'and changelogs and breaking-change reports refer to it. A missing id gets an invented name that changes with the path; ' +
    'a duplicate one makes generated code fail to compile or silently drop an operation.',
  examples: {
    good: [
      yaml`
        openapi: 3.1.0
        info: { title: Shop, version: 1.0.0 }
        paths:
          /orders:
            get:
              operationId: listOrders
              responses:
                '200': { description: The orders }
            post:
              operationId: createOrder
              responses:
                '201': { description: Created }
      `,
    ],
    bad: [
      yaml`
        openapi: 3.1.0
        info: { title: Shop, version: 1.0.0 }
        paths:
          /orders:
            get:
              operationId: orders
              responses:
                '200': { description: The orders }
            post:
              operationId: orders
              responses:
                '201': { description: Created }
          /orders/{orderId}:
            get:
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
    const firstSeen = new Map<string, string>();
    for (const operation of context.index.operations) {
      const id = operation.value['operationId'];
      const where = `${operation.method.toUpperCase()} ${operation.pathKey}`;
      if (typeof id !== 'string' || id.trim() === '') {
        results.push({ message: `Operation ${where} has no operationId.`, path: operation.path });
        continue;
      }
      const first = firstSeen.get(id);
      if (first === undefined) {
        firstSeen.set(id, where);
        continue;
      }
      results.push({
        message: `operationId "${id}" of ${where} is already used by ${first}.`,
        path: [...operation.path, 'operationId'],
      });
    }
    return results;
  }),
} satisfies GuidelineRule<Options>;
