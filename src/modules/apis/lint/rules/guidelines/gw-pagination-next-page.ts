import type { RuleFunctionResult } from '../../engine/types.js';
import { yaml } from './support/dedent.js';
import { check, type GuidelineRule } from './support/guideline-rule.js';
import { operationView } from './support/operation-view.js';
import {
  DEFAULT_ENVELOPE_PROPERTIES,
  DEFAULT_PAGINATION_NAMES,
  listShape,
  normalizeName,
  objectProperties,
  paginationParameters,
} from './support/pagination.js';

interface Options {
  /** Response properties (normalised) that tell the client how to get the next page. */
  readonly nextProperties: readonly string[];
  /** Response headers that carry the next page (RFC 8288 `Link`). */
  readonly nextHeaders: readonly string[];
  readonly envelopeProperties: readonly string[];
}
const defaults: Options = {
  nextProperties: [
    'next',
    'nextcursor',
    'nextpage',
    'nextpagetoken',
    'nexttoken',
    'nextlink',
    'nexturl',
    'nexturi',
    'nextpageurl',
    'nextpageuri',
    'nextmarker',
    'nextoffset',
    'cursor',
    'continue',
    'continuationtoken',
    'hasmore',
  ],
  nextHeaders: ['link'],
  envelopeProperties: DEFAULT_ENVELOPE_PROPERTIES,
};

export const paginationNextPage = {
  id: 'gw-pagination-next-page',
  category: 'pagination',
  severity: 'warn',
  description:
    'A paginated list response tells the client how to get the next page: a next link or cursor in the body (`next`, `nextCursor`, ' +
    '`next_page_token`, `links.next`, `has_more` for id cursors...) or an RFC 8288 `Link` header.',
  message: '{{error}}',
  rationale:
    'Clients should follow the API to the next page, not compute it. A next cursor or link lets the server change its paging ' +
    'strategy, keeps clients from building URLs, and tells them unambiguously when they have reached the end.',
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
              responses:
                '200':
                  description: A page of orders
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          data: { type: array, items: { type: object } }
                          nextCursor: { type: [string, 'null'] }
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
                - { name: offset, in: query, schema: { type: integer } }
              responses:
                '200':
                  description: A page of orders
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
        nextProperties: {
          type: 'array',
          items: { type: 'string' },
          description: 'Body properties (normalised) that carry the next page, at the top level or one level down.',
        },
        nextHeaders: { type: 'array', items: { type: 'string' }, description: 'Response headers that carry the next page.' },
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
    const next = new Set(options.nextProperties.map(normalizeName));
    const headers = new Set(options.nextHeaders.map((name) => name.toLowerCase()));
    for (const operation of context.index.operations) {
      const view = operationView(context.document, operation);
      // Only paginated lists: an unpaginated list is gw-pagination-parameters' finding.
      if (paginationParameters(view, DEFAULT_PAGINATION_NAMES).every((found) => found.role === 'size')) continue;
      const shape = listShape(context.document, view, options.envelopeProperties);
      if (shape === undefined) continue;
      if (Object.keys(shape.headers).some((name) => headers.has(name.toLowerCase()))) continue;
      if (shape.itemsIn !== 'array') {
        const top = objectProperties(context.document, shape.schema);
        const found = [...top].some(
          ([name, property]) =>
            next.has(normalizeName(name)) ||
            [...objectProperties(context.document, property).keys()].some((inner) => next.has(normalizeName(inner))),
        );
        if (found) continue;
      }
      results.push({
        message:
          shape.itemsIn === 'array'
            ? `GET ${operation.pathKey} is paginated but returns a bare array and no Link header; the client cannot find the next page.`
            : `GET ${operation.pathKey} is paginated but its response has no next link or cursor.`,
        path: operation.path,
      });
    }
    return results;
  }),
} satisfies GuidelineRule<Options>;
