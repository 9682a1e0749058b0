import type { RuleFunctionResult } from '../../engine/types.js';
import { yaml } from './support/dedent.js';
import { check, type GuidelineRule } from './support/guideline-rule.js';
import { operationView } from './support/operation-view.js';
import {
  DEFAULT_ENVELOPE_PROPERTIES,
  DEFAULT_PAGINATION_NAMES,
  listShape,
  PAGINATION_NAMES_SCHEMA,
  paginationParameters,
  type PaginationNames,
} from './support/pagination.js';

interface Options {
  readonly names: PaginationNames;
  /** Properties of a response object that hold the items of a list (`{ data: [...] }`). */
  readonly envelopeProperties: readonly string[];
}
const defaults: Options = { names: DEFAULT_PAGINATION_NAMES, envelopeProperties: DEFAULT_ENVELOPE_PROPERTIES };

export const paginationParametersRule = {
  id: 'gw-pagination-parameters',
  category: 'pagination',
  severity: 'warn',
  description:
    'List operations — a GET on a collection whose success response is an array (or an object holding the items in `data`, `items`, ...) — ' +
    'take a cursor (`cursor`, `page_token`, `after`...) or offset (`offset`, `page`) query parameter.',
  message: '{{error}}',
  rationale:
    'Collections grow. A list without pagination works in development and then times out, exhausts memory or is silently truncated ' +
    'in production, and adding pagination later is a breaking change for every client that assumed one response held everything. ' +
    'Cursor pagination is preferred (stable under concurrent writes, cheap for the database); limit/offset is accepted.',
  examples: {
    good: [
      yaml`
        openapi: 3.1.0
        info: { title: Shop, version: 1.0.0 }
        paths:
          /orders:
            get:
              parameters:
                - { name: cursor, in: query, schema: { type: string } }
                - { name: limit, in: query, schema: { type: integer, maximum: 100 } }
              responses:
                '200':
                  description: A page of orders
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          data: { type: array, items: { type: object } }
                          nextCursor: { type: string }
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
                '200':
                  description: All orders
                  content:
                    application/json:
                      schema: { type: array, items: { type: object } }
      `,
    ],
  },
  options: {
    schema: {
      type: 'object',
      properties: {
        names: PAGINATION_NAMES_SCHEMA,
        envelopeProperties: {
          type: 'array',
          items: { type: 'string' },
          description: 'Response properties that hold the items of a list.',
        },
      },
      additionalProperties: false,
    },
    defaults,
  },
  given: '$',
  resolved: false,
  then: check(defaults, (_root, options, context): RuleFunctionResult[] => {
    const results: RuleFunctionResult[] = [];
    const names = { ...DEFAULT_PAGINATION_NAMES, ...options.names };
    for (const operation of context.index.operations) {
      const view = operationView(context.document, operation);
      const shape = listShape(context.document, view, options.envelopeProperties);
      if (shape === undefined) continue;
      const roles = new Set(paginationParameters(view, names).map((found) => found.role));
      if (roles.has('cursor') || roles.has('offset') || roles.has('page')) continue;
      results.push({
        message: `GET ${operation.pathKey} returns a list but takes no cursor or offset parameter${roles.has('size') ? ' (only a page size)' : ''}.`,
        path: operation.path,
      });
    }
    return results;
  }),
} satisfies GuidelineRule<Options>;
