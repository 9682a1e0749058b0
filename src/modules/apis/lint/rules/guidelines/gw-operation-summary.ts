import type { RuleFunctionResult } from '../../engine/types.js';
import { yaml } from './support/dedent.js';
import { check, type GuidelineRule } from './support/guideline-rule.js';

interface Options {
  /** What an operation must have: a summary, a description, either, or both. */
  readonly require: 'summary' | 'description' | 'either' | 'both';
}
const defaults: Options = { require: 'either' };

const filled = (value: unknown): boolean => typeof value === 'string' && value.trim().length > 0;

export const operationSummary = {
  id: 'gw-operation-summary',
  category: 'documentation',
  severity: 'warn',
  description: 'Every operation says what it does: a `summary` or a `description` (configurable: summary, description, either, both).',
  message: '{{error}}',
  rationale:
    'The summary is the line shown in every API reference, SDK doc comment and changelog; the description holds what the path and ' +
    'method cannot say (side effects, permissions, limits). An operation with neither forces every reader to reverse-engineer it.',
  examples: {
    good: [
      yaml`
        openapi: 3.1.0
        info: { title: Shop, version: 1.0.0 }
        paths:
          /orders/{orderId}/cancel:
            post:
              summary: Cancel an order
              description: Cancels an order that has not shipped yet. Idempotent.
              responses:
                '202': { description: Cancellation accepted }
      `,
    ],
    bad: [
      yaml`
        openapi: 3.1.0
        info: { title: Shop, version: 1.0.0 }
        paths:
          /orders/{orderId}/cancel:
            post:
              responses:
                '202': { description: Cancellation accepted }
      `,
    ],
  },
  options: {
    schema: {
      type: 'object',
      properties: {
        require: { enum: ['summary', 'description', 'either', 'both'], description: 'What every operation must have.' },
      },
      additionalProperties: false,
    },
    defaults,
  },
  given: '$',
  resolved: false,
  then: check(defaults, (_root, options, context): RuleFunctionResult[] => {
    const results: RuleFunctionResult[] = [];
    for (const operation of context.index.operations) {
      const summary = filled(operation.value['summary']);
      const description = filled(operation.value['description']);
      const ok =
        options.require === 'summary'
          ? summary
          : options.require === 'description'
            ? description
            : options.require === 'both'
              ? summary && description
              : summary || description;
      if (ok) continue;
      const wanted = options.require === 'either' ? 'a summary or a description' : options.require === 'both' ? 'a summary and a description' : `a ${options.require}`;
      results.push({ message: `${operation.method.toUpperCase()} ${operation.pathKey} needs ${wanted}.`, path: operation.path });
    }
    return results;
  }),
} satisfies GuidelineRule<Options>;
