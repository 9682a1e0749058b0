import { isRecord, type JsonPath } from '../../../document/index.js';
import type { RuleFunctionResult } from '../../engine/types.js';
import { yaml } from './support/dedent.js';
import { check, type GuidelineRule } from './support/guideline-rule.js';
import { operationView } from './support/operation-view.js';
import { normalizeName } from './support/pagination.js';

interface Options {
  /** Query parameter names (normalised: lower case without `_`, `-`, `$`, `.`) that are secrets. */
  readonly names: readonly string[];
}
const defaults: Options = {
  names: [
    'apikey',
    'key',
    'token',
    'accesstoken',
    'authtoken',
    'idtoken',
    'refreshtoken',
    'bearer',
    'auth',
    'authorization',
    'secret',
    'clientsecret',
    'password',
    'passwd',
    'pwd',
    'sessionid',
    'session',
    'privatekey',
  ],
};

export const noSecretsInQuery = {
  id: 'gw-no-secrets-in-query',
  category: 'security',
  severity: 'error',
  description:
    'No API key, token, password or other secret travels in the query string: neither as a query parameter nor as an `apiKey` ' +
    'security scheme `in: query`.',
  message: '{{error}}',
  rationale:
    'URLs are logged everywhere — proxies, load balancers, web server access logs, browser history, `Referer` headers, ' +
    'monitoring tools. A secret in the query string leaks to all of them. Headers (`Authorization`, or an API-key header) are ' +
    'not logged by default and are what every HTTP client supports.',
  examples: {
    good: [
      yaml`
        openapi: 3.1.0
        info: { title: Shop, version: 1.0.0 }
        security: [{ apiKey: [] }]
        paths: {}
        components:
          securitySchemes:
            apiKey: { type: apiKey, in: header, name: X-Api-Key }
      `,
    ],
    bad: [
      yaml`
        openapi: 3.1.0
        info: { title: Shop, version: 1.0.0 }
        security: [{ apiKey: [] }]
        paths:
          /orders:
            get:
              parameters:
                - { name: access_token, in: query, schema: { type: string } }
              responses:
                '200': { description: Orders }
        components:
          securitySchemes:
            apiKey: { type: apiKey, in: query, name: api_key }
      `,
    ],
  },
  options: {
    schema: {
      type: 'object',
      properties: {
        names: { type: 'array', items: { type: 'string' }, description: 'Secret parameter names (normalised).' },
      },
      additionalProperties: false,
    },
    defaults,
  },
  given: '$',
  resolved: false,
  then: check(defaults, (root, options, context): RuleFunctionResult[] => {
    const results: RuleFunctionResult[] = [];
    const secret = new Set(options.names.map(normalizeName));
    const reported = new Set<string>();
    for (const operation of context.index.operations) {
      for (const parameter of operationView(context.document, operation).parameters) {
        if (parameter.in !== 'query' || !secret.has(normalizeName(parameter.name))) continue;
        const key = JSON.stringify(parameter.location);
        if (reported.has(key)) continue;
        reported.add(key);
        results.push({
          message: `Query parameter "${parameter.name}" carries a secret; send it in a header.`,
          path: parameter.location,
        });
      }
    }
    if (!isRecord(root)) return results;
    const components = root['components'];
    const schemes = isRecord(components) ? components['securitySchemes'] : root['securityDefinitions'];
    const base: JsonPath = isRecord(components) ? ['components', 'securitySchemes'] : ['securityDefinitions'];
    if (isRecord(schemes)) {
      for (const [name, scheme] of Object.entries(schemes)) {
        if (!isRecord(scheme) || scheme['type'] !== 'apiKey' || scheme['in'] !== 'query') continue;
        results.push({ message: `Security scheme "${name}" sends its API key in the query string; use a header.`, path: [...base, name, 'in'] });
      }
    }
    return results;
  }),
} satisfies GuidelineRule<Options>;
