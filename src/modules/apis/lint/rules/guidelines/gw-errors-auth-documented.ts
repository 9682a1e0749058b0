import type { RuleFunctionResult } from '../../engine/types.js';
import { yaml } from './support/dedent.js';
import { check, type GuidelineRule } from './support/guideline-rule.js';
import { operationView } from './support/operation-view.js';
import { isSecured } from './support/security.js';

interface Options {
  /** Status codes a secured operation documents. */
  readonly codes: readonly string[];
}
const defaults: Options = { codes: ['401', '403'] };

export const errorsAuthDocumented = {
  id: 'gw-errors-auth-documented',
  category: 'errors',
  severity: 'warn',
  description: 'Operations that require authentication document `401 Unauthorized` and `403 Forbidden` (a `4XX` range counts).',
  message: '{{error}}',
  rationale:
    'Every secured operation can fail because credentials are missing or expired (401: authenticate again) or because the caller ' +
    'lacks permission (403: do not retry). Clients must handle both differently, so both belong in the contract.',
  examples: {
    good: [
      yaml`
        openapi: 3.1.0
        info: { title: Shop, version: 1.0.0 }
        security: [{ bearer: [] }]
        paths:
          /orders:
            get:
              responses:
                '200': { description: The orders }
                '401': { description: Missing or invalid token }
                '403': { description: Not allowed to read orders }
        components:
          securitySchemes:
            bearer: { type: http, scheme: bearer }
      `,
    ],
    bad: [
      yaml`
        openapi: 3.1.0
        info: { title: Shop, version: 1.0.0 }
        security: [{ bearer: [] }]
        paths:
          /orders:
            get:
              responses:
                '200': { description: The orders }
        components:
          securitySchemes:
            bearer: { type: http, scheme: bearer }
      `,
    ],
  },
  options: {
    schema: {
      type: 'object',
      properties: {
        codes: {
          type: 'array',
          items: { type: 'string', pattern: '^[45][0-9][0-9]$' },
          description: 'Status codes every secured operation documents.',
        },
      },
      additionalProperties: false,
    },
    defaults,
  },
  given: '$',
  resolved: false,
  then: check(defaults, (root, options, context): RuleFunctionResult[] => {
    const results: RuleFunctionResult[] = [];
    for (const operation of context.index.operations) {
      if (!isSecured(root, operation.value)) continue;
      const codes = new Set(operationView(context.document, operation).responses.map((response) => response.code.toUpperCase()));
      const missing = options.codes.filter((code) => !codes.has(code) && !codes.has(`${code.charAt(0)}XX`));
      if (missing.length === 0) continue;
      results.push({
        message: `${operation.method.toUpperCase()} ${operation.pathKey} requires authentication but documents no ${missing.join(' or ')} response.`,
        path: 'responses' in operation.value ? [...operation.path, 'responses'] : operation.path,
      });
    }
    return results;
  }),
} satisfies GuidelineRule<Options>;
