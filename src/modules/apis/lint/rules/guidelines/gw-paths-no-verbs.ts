import { isRecord } from '../../../document/index.js';
import type { RuleFunctionResult } from '../../engine/types.js';
import { splitWords } from './support/casing.js';
import { yaml } from './support/dedent.js';
import { check, type GuidelineRule } from './support/guideline-rule.js';
import { HTTP_METHODS } from './support/http.js';
import { pathSegments } from './support/path-segments.js';

interface Options {
  /** Verbs that repeat what the HTTP method says; reported wherever they appear. */
  readonly crudVerbs: readonly string[];
  /** Verbs that name an action; allowed only as an action sub-resource. */
  readonly actionVerbs: readonly string[];
}
const defaults: Options = {
  crudVerbs: ['get', 'list', 'fetch', 'retrieve', 'read', 'find', 'create', 'add', 'insert', 'new', 'update', 'edit', 'modify', 'put', 'patch', 'post', 'delete', 'remove', 'destroy', 'save', 'set'],
  actionVerbs: ['cancel', 'approve', 'reject', 'activate', 'deactivate', 'enable', 'disable', 'start', 'stop', 'restart', 'send', 'resend', 'submit', 'publish', 'unpublish', 'archive', 'unarchive', 'restore', 'close', 'reopen', 'reset', 'verify', 'validate', 'confirm', 'refresh', 'revoke', 'copy', 'move', 'merge', 'lock', 'unlock', 'execute', 'run', 'trigger', 'do', 'make', 'perform', 'process', 'complete', 'finish', 'assign', 'unassign', 'invite', 'resolve', 'retry', 'sync'],
};

const methodsOf = (pathItem: unknown): string[] =>
  isRecord(pathItem) ? HTTP_METHODS.filter((method) => isRecord(pathItem[method])) : [];

export const pathsNoVerbs = {
  id: 'gw-paths-no-verbs',
  category: 'naming',
  severity: 'warn',
  description:
    'Paths name resources, not actions: no verbs in path segments, except an action sub-resource — the last segment of a path ' +
    'that only accepts POST, such as `POST /orders/{orderId}/cancel`.',
  message: '{{error}}',
  rationale:
    'The HTTP method is the verb: `GET /orders`, not `GET /getOrders`; `DELETE /orders/{id}`, not `POST /orders/{id}/delete`. ' +
    'Verbs in paths multiply endpoints for the same resource and hide what caches, retries and gateways could infer from the method. ' +
    'Some state changes are not a CRUD operation on a resource (cancel, approve, publish); those are modelled as a POST to an action ' +
    'sub-resource, which this rule allows. CRUD verbs (`get`, `create`, `delete`...) are reported even there, because a method already says them.',
  examples: {
    good: [
      yaml`
        openapi: 3.1.0
        info: { title: Shop, version: 1.0.0 }
        paths:
          /orders:
            get:
              responses:
                '200': { description: The orders }
          /orders/{orderId}/cancel:
            post:
              responses:
                '202': { description: Cancellation accepted }
      `,
    ],
    bad: [
      yaml`
        openapi: 3.1.0
        info: { title: Shop, version: 1.0.0 }
        paths:
          /get-orders:
            get:
              responses:
                '200': { description: The orders }
          /orders/{orderId}/cancel:
            get:
              responses:
                '200': { description: Cancelled }
      `,
    ],
  },
  options: {
    schema: {
      type: 'object',
      properties: {
        crudVerbs: { type: 'array', items: { type: 'string' }, description: 'Verbs reported in any segment.' },
        actionVerbs: {
          type: 'array',
          items: { type: 'string' },
          description: 'Verbs allowed only as the last segment of a POST-only path.',
        },
      },
      additionalProperties: false,
    },
    defaults,
  },
  given: '$.paths',
  resolved: false,
  then: check(defaults, (paths, options, context): RuleFunctionResult[] => {
    if (!isRecord(paths)) return [];
    const results: RuleFunctionResult[] = [];
    for (const [pathKey, pathItem] of Object.entries(paths)) {
      if (pathKey.startsWith('x-')) continue;
      const segments = pathSegments(pathKey);
      const methods = methodsOf(pathItem);
      const postOnly = methods.length > 0 && methods.every((method) => method === 'post' || method === 'options' || method === 'head');
      for (const segment of segments) {
        if (segment.hasTemplate) continue;
        const first = splitWords(segment.text)[0];
        if (first === undefined) continue;
        const isCrud = options.crudVerbs.includes(first);
        const isAction = options.actionVerbs.includes(first);
        if (!isCrud && !isAction) continue;
        const isActionPosition = segment.index === segments.length - 1 && segment.index > 0 && postOnly;
        if (isAction && isActionPosition) continue;
        const message = isCrud
          ? `Path "${pathKey}" has the verb "${first}" in "${segment.text}"; let the HTTP method say it.`
          : `Path "${pathKey}" has the verb "${first}" in "${segment.text}"; an action is a POST-only last segment (POST /resources/{id}/${segment.text}).`;
        results.push({ message, path: [...context.path, pathKey] });
        break;
      }
    }
    return results;
  }),
} satisfies GuidelineRule<Options>;
