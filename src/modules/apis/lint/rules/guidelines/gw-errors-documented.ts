import type { RuleFunctionResult } from '../../engine/types.js';
import { yaml } from './support/dedent.js';
import { check, type GuidelineRule } from './support/guideline-rule.js';
import { isClientErrorCode, isServerErrorCode } from './support/http.js';
import { operationView } from './support/operation-view.js';

interface Options {
  readonly require4xx: boolean;
  readonly require5xx: boolean;
  /** Whether a `default` response counts as documenting both. */
  readonly allowDefault: boolean;
}
const defaults: Options = { require4xx: true, require5xx: true, allowDefault: true };

export const errorsDocumented = {
  id: 'gw-errors-documented',
  category: 'errors',
  severity: 'warn',
  description:
    'Every operation documents its client errors (a `4xx` response) and its server errors (a `5xx` response), or has a `default` response.',
  message: '{{error}}',
  rationale:
    'Failure is part of the contract. A client that only knows the happy path cannot tell a validation problem it must fix ' +
    'from an outage it should retry, and generated clients throw untyped errors for undocumented responses. ' +
    'Documenting at least one client and one server error (or a `default` error) forces the error model to be written down.',
  examples: {
    good: [
      yaml`
        openapi: 3.1.0
        info: { title: Shop, version: 1.0.0 }
        paths:
          /orders/{orderId}:
            get:
              responses:
                '200': { description: The order }
                '404': { description: No such order }
                '5XX': { description: The service failed }
      `,
    ],
    bad: [
      yaml`
        openapi: 3.1.0
        info: { title: Shop, version: 1.0.0 }
        paths:
          /orders/{orderId}:
            get:
              responses:
                '200': { description: The order }
      `,
    ],
  },
  options: {
    schema: {
      type: 'object',
      properties: {
        require4xx: { type: 'boolean', description: 'Require a 4xx response.' },
        require5xx: { type: 'boolean', description: 'Require a 5xx response.' },
        allowDefault: { type: 'boolean', description: 'A `default` response satisfies both.' },
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
      const codes = operationView(context.document, operation).responses.map((response) => response.code);
      const hasDefault = options.allowDefault && codes.includes('default');
      const missing: string[] = [];
      if (options.require4xx && !hasDefault && !codes.some(isClientErrorCode)) missing.push('4xx');
      if (options.require5xx && !hasDefault && !codes.some(isServerErrorCode)) missing.push('5xx');
      if (missing.length === 0) continue;
      const where = `${operation.method.toUpperCase()} ${operation.pathKey}`;
      results.push({
        message: `${where} documents no ${missing.join(' and no ')} response${options.allowDefault ? ' (nor a default response)' : ''}.`,
        path: 'responses' in operation.value ? [...operation.path, 'responses'] : operation.path,
      });
    }
    return results;
  }),
} satisfies GuidelineRule<Options>;
