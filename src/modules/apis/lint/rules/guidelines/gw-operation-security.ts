import type { RuleFunctionResult } from '../../engine/types.js';
import { yaml } from './support/dedent.js';
import { check, type GuidelineRule } from './support/guideline-rule.js';
import { effectiveSecurity } from './support/security.js';

interface Options {
  /** Extension that marks an operation as intentionally public. */
  readonly publicExtension: string;
}
const defaults: Options = { publicExtension: 'x-public' };

export const operationSecurity = {
  id: 'gw-operation-security',
  category: 'security',
  severity: 'error',
  description:
    'Every operation is covered by a security requirement (its own `security` or the document\'s) or is explicitly public: ' +
    '`security: []` on the operation, or `x-public: true`.',
  message: '{{error}}',
  rationale:
    'An operation without security in the description is either public by design or a hole; reviewers cannot tell which. Making ' +
    'public operations say so (`security: []` is the OpenAPI way to opt out of the document\'s requirement) turns "forgot to secure it" ' +
    'into a finding and "meant to be public" into a visible, reviewable decision.',
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
          /health:
            get:
              security: []
              responses:
                '200': { description: Healthy }
        components:
          securitySchemes:
            bearer: { type: http, scheme: bearer }
      `,
    ],
    bad: [
      yaml`
        openapi: 3.1.0
        info: { title: Shop, version: 1.0.0 }
        paths:
          /orders:
            get:
              responses:
                '200': { description: The orders }
      `,
    ],
  },
  options: {
    schema: {
      type: 'object',
      properties: {
        publicExtension: { type: 'string', pattern: '^x-', description: 'Extension marking an operation public.' },
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
      if (operation.value[options.publicExtension] === true) continue;
      // An explicit empty list on the operation is a deliberate opt-out: public.
      if (Array.isArray(operation.value['security'])) {
        if (operation.value['security'].length === 0) continue;
      }
      const requirements = effectiveSecurity(root, operation.value);
      if (requirements !== undefined && requirements.length > 0) continue;
      results.push({
        message: `${operation.method.toUpperCase()} ${operation.pathKey} has no security requirement; add one or mark it public (security: [] or ${options.publicExtension}: true).`,
        path: operation.path,
      });
    }
    return results;
  }),
} satisfies GuidelineRule<Options>;
