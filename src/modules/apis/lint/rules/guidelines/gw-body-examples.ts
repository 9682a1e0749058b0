import { isRecord, type ParsedDocument } from '../../../document/index.js';
import type { RuleFunctionResult } from '../../engine/types.js';
import { yaml } from './support/dedent.js';
import { check, type GuidelineRule } from './support/guideline-rule.js';
import { isJsonMediaType, isSuccessCode } from './support/http.js';
import { operationView, requestBodies, responseBodies, type BodyView } from './support/operation-view.js';
import { objectProperties } from './support/pagination.js';
import { derefRecord } from './support/resolve.js';

interface Options {
  /** Check request bodies. */
  readonly requests: boolean;
  /** Which response bodies to check. */
  readonly responses: 'success' | 'all' | 'none';
}
const defaults: Options = { requests: true, responses: 'success' };

const hasExamples = (value: unknown): boolean =>
  (Array.isArray(value) && value.length > 0) || (isRecord(value) && Object.keys(value).length > 0);

/** A schema shows an example itself, or (objects) every property does, or (arrays) its items do. */
function schemaHasExample(document: ParsedDocument, schema: Record<string, unknown> | undefined, source: string, depth = 0): boolean {
  if (schema === undefined || depth > 3) return false;
  if ('example' in schema || hasExamples(schema['examples'])) return true;
  const items = derefRecord(document, schema['items'], source);
  if (items !== undefined && schemaHasExample(document, items.value, items.source, depth + 1)) return true;
  const properties = objectProperties(document, schema, source);
  if (properties.size === 0) return false;
  return [...properties.values()].every((property) => schemaHasExample(document, property, source, depth + 1));
}

// Shared schemas (a `$ref`ed component used by many bodies) are judged once per document.
const schemaVerdicts = new WeakMap<object, boolean>();

function bodyHasExample(document: ParsedDocument, body: BodyView): boolean {
  const container = body.container;
  if ('example' in container || hasExamples(container['examples']) || hasExamples(container['x-examples'])) return true;
  const schema = body.schema;
  if (schema === undefined) return false;
  const known = schemaVerdicts.get(schema);
  if (known !== undefined) return known;
  const verdict = schemaHasExample(document, schema, body.source);
  schemaVerdicts.set(schema, verdict);
  return verdict;
}

export const bodyExamples = {
  id: 'gw-body-examples',
  category: 'documentation',
  severity: 'info',
  description:
    'JSON request bodies and success response bodies carry an example: `example`/`examples` on the media type, or on the schema ' +
    '(or on every property of an object schema).',
  message: '{{error}}',
  rationale:
    'An example is the fastest way to understand a payload and the first thing people copy. Mock servers, documentation "try it" ' +
    'panels and contract tests all use them; `oas3-valid-media-example` then keeps them honest against the schema.',
  examples: {
    good: [
      yaml`
        openapi: 3.1.0
        info: { title: Shop, version: 1.0.0 }
        paths:
          /orders/{orderId}:
            get:
              responses:
                '200':
                  description: The order
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          id: { type: string }
                      example: { id: ord_123 }
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
                '200':
                  description: The order
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          id: { type: string }
      `,
    ],
  },
  options: {
    schema: {
      type: 'object',
      properties: {
        requests: { type: 'boolean', description: 'Check request bodies.' },
        responses: { enum: ['success', 'all', 'none'], description: 'Which response bodies to check.' },
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
    const report = (body: BodyView, what: string): void => {
      if (body.mediaType !== undefined && !isJsonMediaType(body.mediaType)) return;
      const key = JSON.stringify(body.path);
      if (reported.has(key) || bodyHasExample(context.document, body)) return;
      reported.add(key);
      results.push({ message: `${what} has no example.`, path: body.path });
    };
    for (const operation of context.index.operations) {
      const view = operationView(context.document, operation);
      const where = `${operation.method.toUpperCase()} ${operation.pathKey}`;
      if (options.requests) for (const body of requestBodies(context.document, view)) report(body, `The request body of ${where}`);
      if (options.responses === 'none') continue;
      for (const response of view.responses) {
        if (options.responses === 'success' && !isSuccessCode(response.code)) continue;
        for (const body of responseBodies(context.document, response)) report(body, `Response ${response.code} of ${where}`);
      }
    }
    return results;
  }),
} satisfies GuidelineRule<Options>;
