import { isRecord } from '../../../document/index.js';
import type { RuleFunctionResult } from '../../engine/types.js';
import { yaml } from './support/dedent.js';
import { check, type GuidelineRule } from './support/guideline-rule.js';
import { isErrorCode } from './support/http.js';
import { operationView } from './support/operation-view.js';

interface Options {
  /** Media types accepted for error bodies. */
  readonly mediaTypes: readonly string[];
  /** `$ref`s of schemas accepted as error bodies whatever the media type (your own error schema). */
  readonly schemas: readonly string[];
  /** Report error responses that document no body at all. */
  readonly requireBody: boolean;
}
const defaults: Options = { mediaTypes: ['application/problem+json'], schemas: [], requireBody: true };

const mediaBase = (mediaType: string): string => (mediaType.split(';')[0] ?? '').trim().toLowerCase();

export const errorsProblemDetails = {
  id: 'gw-errors-problem-details',
  category: 'errors',
  severity: 'warn',
  description:
    'Error responses (`4xx`, `5xx`, `default`) have an RFC 9457 problem details body: media type `application/problem+json` ' +
    '(or a schema the ruleset names).',
  message: '{{error}}',
  rationale:
    'RFC 9457 (which obsoletes RFC 7807) is the standard shape for HTTP API errors: `type`, `title`, `status`, `detail`, `instance`, ' +
    'plus extension members. One error format across every API means one error handler in every client, machine-readable error types ' +
    'to branch on, and tooling (gateways, logs, SDKs) that already understands it. Teams with an established error schema can name it ' +
    'in `schemas` instead.',
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
                '404':
                  description: No such order
                  content:
                    application/problem+json:
                      schema: { $ref: '#/components/schemas/Problem' }
        components:
          schemas:
            Problem:
              type: object
              properties:
                type: { type: string, format: uri-reference }
                title: { type: string }
                status: { type: integer }
                detail: { type: string }
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
                '404':
                  description: No such order
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          message: { type: string }
      `,
    ],
  },
  options: {
    schema: {
      type: 'object',
      properties: {
        mediaTypes: { type: 'array', items: { type: 'string' }, minItems: 1, description: 'Accepted error media types.' },
        schemas: {
          type: 'array',
          items: { type: 'string' },
          description: 'Accepted error schema `$ref`s, e.g. `#/components/schemas/Error`.',
        },
        requireBody: { type: 'boolean', description: 'Report error responses without a body.' },
      },
      additionalProperties: false,
    },
    defaults,
  },
  given: '$',
  resolved: false,
  then: check(defaults, (root, options, context): RuleFunctionResult[] => {
    const results: RuleFunctionResult[] = [];
    const reported = new Set<string>();
    const accepted = new Set(options.mediaTypes.map(mediaBase));
    const isAcceptedSchema = (schema: unknown): boolean =>
      isRecord(schema) && typeof schema['$ref'] === 'string' && options.schemas.includes(schema['$ref']);
    const rootProduces = isRecord(root) ? root['produces'] : undefined;
    for (const operation of context.index.operations) {
      // HEAD responses never carry a body.
      if (operation.method === 'head') continue;
      for (const response of operationView(context.document, operation).responses) {
        if (!isErrorCode(response.code)) continue;
        const key = JSON.stringify(response.location);
        if (reported.has(key)) continue;
        const content = response.value['content'];
        let message: string | undefined;
        let path = response.location;
        if (isRecord(content)) {
          const types = Object.keys(content);
          const ok = types.some(
            (type) => accepted.has(mediaBase(type)) || (isRecord(content[type]) && isAcceptedSchema(content[type]['schema'])),
          );
          if (types.length === 0 && options.requireBody) message = `Error response ${response.code} has no body.`;
          else if (types.length > 0 && !ok) {
            message = `Error response ${response.code} is ${types.join(', ')}; use ${options.mediaTypes.join(' or ')}${options.schemas.length > 0 ? ` or the schema ${options.schemas.join(' or ')}` : ''}.`;
            path = [...response.location, 'content'];
          }
        } else if ('schema' in response.value) {
          // Swagger 2.0: the media types are the operation's (or the document's) `produces`.
          const produces = operation.value['produces'] ?? rootProduces;
          const types = Array.isArray(produces) ? produces.filter((type): type is string => typeof type === 'string') : [];
          const ok = types.some((type) => accepted.has(mediaBase(type))) || isAcceptedSchema(response.value['schema']);
          if (!ok) {
            message = `Error response ${response.code} is produced as ${types.length > 0 ? types.join(', ') : 'an undeclared media type'}; produce ${options.mediaTypes.join(' or ')}${options.schemas.length > 0 ? ` or use the schema ${options.schemas.join(' or ')}` : ''}.`;
          }
        } else if (options.requireBody) {
          message = `Error response ${response.code} has no body.`;
        }
        if (message === undefined) continue;
        reported.add(key);
        results.push({ message, path });
      }
    }
    return results;
  }),
} satisfies GuidelineRule<Options>;
