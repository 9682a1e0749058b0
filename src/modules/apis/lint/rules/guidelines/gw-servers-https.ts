import { isRecord, type JsonPath } from '../../../document/index.js';
import type { RuleFunctionResult } from '../../engine/types.js';
import { yaml } from './support/dedent.js';
import { check, type GuidelineRule } from './support/guideline-rule.js';

interface Options {
  /** Hosts that may be served over plain HTTP (development). */
  readonly allowHosts: readonly string[];
}
const defaults: Options = { allowHosts: ['localhost', '127.0.0.1', '[::1]', '0.0.0.0'] };

/** Host of `scheme://host[:port]/...` with server variables replaced by their defaults. */
function hostOf(url: string): string {
  const match = /^[a-z][a-z\d+.-]*:\/\/([^/?#]*)/i.exec(url);
  const authority = (match?.[1] ?? '').replace(/^[^@]*@/, '');
  return authority.startsWith('[') ? authority.slice(0, authority.indexOf(']') + 1) : (authority.split(':')[0] ?? '');
}

function expand(url: string, variables: unknown): string {
  return url.replace(/\{([^}]+)\}/g, (match, name: string) => {
    const variable = isRecord(variables) ? variables[name] : undefined;
    const value = isRecord(variable) ? variable['default'] : undefined;
    return typeof value === 'string' ? value : match;
  });
}

export const serversHttps = {
  id: 'gw-servers-https',
  category: 'security',
  severity: 'error',
  description:
    'Servers use HTTPS (or WSS): OpenAPI 3 `servers[].url` and Swagger 2.0 `schemes`. Local development hosts (`localhost`, `127.0.0.1`) are allowed.',
  message: '{{error}}',
  rationale:
    'Without TLS, credentials, tokens and personal data travel readable and modifiable by anyone on the path. There is no API whose ' +
    'production traffic should be plain HTTP; documenting an `http://` server invites clients to use it.',
  examples: {
    good: [
      yaml`
        openapi: 3.1.0
        info: { title: Shop, version: 1.0.0 }
        servers:
          - url: https://api.example.com/v1
          - url: http://localhost:8080/v1
        paths: {}
      `,
    ],
    bad: [
      yaml`
        openapi: 3.1.0
        info: { title: Shop, version: 1.0.0 }
        servers:
          - url: http://api.example.com/v1
        paths: {}
      `,
    ],
  },
  options: {
    schema: {
      type: 'object',
      properties: {
        allowHosts: { type: 'array', items: { type: 'string' }, description: 'Hosts allowed over plain HTTP.' },
      },
      additionalProperties: false,
    },
    defaults,
  },
  given: '$',
  resolved: false,
  then: check(defaults, (root, options, context): RuleFunctionResult[] => {
    if (!isRecord(root)) return [];
    const results: RuleFunctionResult[] = [];
    const allowed = new Set(options.allowHosts.map((host) => host.toLowerCase()));
    const checkServers = (servers: unknown, path: JsonPath): void => {
      if (!Array.isArray(servers)) return;
      servers.forEach((server: unknown, index) => {
        if (!isRecord(server) || typeof server['url'] !== 'string') return;
        const url = expand(server['url'], server['variables']);
        if (!/^(?:http|ws):\/\//i.test(url)) return;
        if (allowed.has(hostOf(url).toLowerCase())) return;
        results.push({ message: `Server "${server['url']}" is not HTTPS.`, path: [...path, index, 'url'] });
      });
    };
    if (context.document.formats.has('oas2')) {
      const host = typeof root['host'] === 'string' ? (root['host'].split(':')[0] ?? '') : '';
      const schemes = root['schemes'];
      if (Array.isArray(schemes) && !allowed.has(host.toLowerCase())) {
        schemes.forEach((scheme: unknown, index) => {
          if (scheme === 'http' || scheme === 'ws') {
            results.push({ message: `Scheme "${scheme}" is not encrypted; serve ${host || 'the API'} over https only.`, path: ['schemes', index] });
          }
        });
      }
      return results;
    }
    checkServers(root['servers'], ['servers']);
    for (const operation of context.index.operations) {
      checkServers(operation.pathItem['servers'], [...operation.path.slice(0, -1), 'servers']);
      checkServers(operation.value['servers'], [...operation.path, 'servers']);
    }
    return results;
  }),
} satisfies GuidelineRule<Options>;
