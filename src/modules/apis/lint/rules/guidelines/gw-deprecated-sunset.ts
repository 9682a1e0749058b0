import { isRecord } from '../../../document/index.js';
import type { RuleFunctionResult } from '../../engine/types.js';
import { yaml } from './support/dedent.js';
import { check, type GuidelineRule } from './support/guideline-rule.js';
import { operationView } from './support/operation-view.js';

interface Options {
  /** The extension that holds the sunset date. */
  readonly extension: string;
  /** Response header that announces the sunset (RFC 8594). */
  readonly header: string;
}
const defaults: Options = { extension: 'x-sunset', header: 'Sunset' };

/** An ISO 8601 date or date-time (RFC 3339), or an HTTP-date as the `Sunset` header uses. */
function isSunsetDate(value: unknown): boolean {
  if (value instanceof Date) return !Number.isNaN(value.getTime());
  if (typeof value !== 'string') return false;
  const iso = /^\d{4}-\d{2}-\d{2}(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}:\d{2})?)?$/;
  const http = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;
  return (iso.test(value) || http.test(value)) && !Number.isNaN(Date.parse(value));
}

export const deprecatedSunset = {
  id: 'gw-deprecated-sunset',
  category: 'versioning',
  severity: 'warn',
  description:
    'A deprecated operation says when it goes away: an `x-sunset` date, or a documented `Sunset` response header (RFC 8594).',
  message: '{{error}}',
  rationale:
    'Deprecation without a date is a wish, not a plan: clients cannot schedule the migration and the operation is never removed. ' +
    'A sunset date (and the `Sunset` header at runtime, RFC 8594) turns the deprecation into a timeline the API registry can show ' +
    'and remind about.',
  examples: {
    good: [
      yaml`
        openapi: 3.1.0
        info: { title: Shop, version: 1.0.0 }
        paths:
          /orders/{orderId}/invoice:
            get:
              deprecated: true
              x-sunset: 2027-06-30
              responses:
                '200': { description: The invoice }
      `,
    ],
    bad: [
      yaml`
        openapi: 3.1.0
        info: { title: Shop, version: 1.0.0 }
        paths:
          /orders/{orderId}/invoice:
            get:
              deprecated: true
              responses:
                '200': { description: The invoice }
      `,
    ],
  },
  options: {
    schema: {
      type: 'object',
      properties: {
        extension: { type: 'string', pattern: '^x-', description: 'Extension holding the sunset date.' },
        header: { type: 'string', description: 'Response header announcing the sunset.' },
      },
      additionalProperties: false,
    },
    defaults,
  },
  given: '$',
  resolved: false,
  then: check(defaults, (_root, options, context): RuleFunctionResult[] => {
    const results: RuleFunctionResult[] = [];
    const header = options.header.toLowerCase();
    for (const operation of context.index.operations) {
      if (operation.value['deprecated'] !== true) continue;
      const where = `${operation.method.toUpperCase()} ${operation.pathKey}`;
      if (options.extension in operation.value) {
        if (!isSunsetDate(operation.value[options.extension])) {
          results.push({
            message: `${options.extension} of ${where} is not a date (YYYY-MM-DD, an RFC 3339 date-time or an HTTP-date).`,
            path: [...operation.path, options.extension],
          });
        }
        continue;
      }
      const documented = operationView(context.document, operation).responses.some((response) => {
        const headers = response.value['headers'];
        return isRecord(headers) && Object.keys(headers).some((name) => name.toLowerCase() === header);
      });
      if (documented) continue;
      results.push({
        message: `${where} is deprecated but has no sunset date (${options.extension} or a ${options.header} response header).`,
        path: [...operation.path, 'deprecated'],
      });
    }
    return results;
  }),
} satisfies GuidelineRule<Options>;
