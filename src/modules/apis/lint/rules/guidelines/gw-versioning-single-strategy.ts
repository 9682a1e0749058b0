import { isRecord, type JsonPath } from '../../../document/index.js';
import type { RuleFunctionResult } from '../../engine/types.js';
import { yaml } from './support/dedent.js';
import { check, safeRegExp, type GuidelineRule } from './support/guideline-rule.js';
import { operationView } from './support/operation-view.js';
import { isVersionSegment, pathSegments } from './support/path-segments.js';

type Strategy = 'path' | 'header' | 'query';

interface Options {
  /** `auto`: whichever strategy the document uses most; or the one to require. */
  readonly strategy: 'auto' | Strategy;
  /** Header names that carry a version (regular expression, case-insensitive). */
  readonly headerPattern: string;
  /** Query parameter names that carry a version (regular expression, case-insensitive). */
  readonly queryPattern: string;
  /** Report a document that shows no versioning at all. */
  readonly requireVersioning: boolean;
}
const defaults: Options = {
  strategy: 'auto',
  headerPattern: '(^|-)(api-?)?version$',
  queryPattern: '^(api[-_]?)?version$',
  requireVersioning: true,
};

/** The path part of a server URL (variables replaced by their defaults). */
function serverPath(url: string, variables: unknown): string {
  const expanded = url.replace(/\{([^}]+)\}/g, (_match, name: string) => {
    const variable = isRecord(variables) ? variables[name] : undefined;
    const value = isRecord(variable) ? variable['default'] : undefined;
    return typeof value === 'string' ? value : '';
  });
  return expanded.replace(/^[a-z][a-z\d+.-]*:\/\/[^/]*/i, '');
}

export const versioningSingleStrategy = {
  id: 'gw-versioning-single-strategy',
  category: 'versioning',
  severity: 'warn',
  description:
    'The API is versioned, with one strategy: a version segment in the path (`/v1`, in the server URL or in every path) or a version header. ' +
    'Mixing strategies, or versioning only some paths, is reported.',
  message: '{{error}}',
  rationale:
    'Clients must know which version they call. A version in the path is visible in every log line and easy to route; a header keeps ' +
    'URLs stable. Either works — two at once leave clients unsure which one wins, and paths without the version prefix next to paths ' +
    'with it usually mean a route was forgotten when the version was introduced.',
  examples: {
    good: [
      yaml`
        openapi: 3.1.0
        info: { title: Shop, version: 1.0.0 }
        servers:
          - url: https://api.example.com/v1
        paths:
          /orders:
            get:
              responses:
                '200': { description: Orders }
      `,
    ],
    bad: [
      yaml`
        openapi: 3.1.0
        info: { title: Shop, version: 1.0.0 }
        paths:
          /v1/orders:
            get:
              parameters:
                - { name: Api-Version, in: header, schema: { type: string } }
              responses:
                '200': { description: Orders }
          /customers:
            get:
              responses:
                '200': { description: Customers }
      `,
    ],
  },
  options: {
    schema: {
      type: 'object',
      properties: {
        strategy: { enum: ['auto', 'path', 'header', 'query'], description: 'The strategy to require, or `auto`.' },
        headerPattern: { type: 'string', description: 'Version header names (case-insensitive).' },
        queryPattern: { type: 'string', description: 'Version query parameter names (case-insensitive).' },
        requireVersioning: { type: 'boolean', description: 'Report a document without any versioning.' },
      },
      additionalProperties: false,
    },
    defaults,
  },
  given: '$',
  resolved: false,
  then: check(defaults, (root, options, context): RuleFunctionResult[] => {
    if (!isRecord(root)) return [];
    const header = safeRegExp(options.headerPattern, 'i');
    const query = safeRegExp(options.queryPattern, 'i');

    // Path versioning declared once for the whole API: in a server URL or Swagger's basePath.
    let serverVersioned = false;
    const servers = root['servers'];
    if (Array.isArray(servers)) {
      serverVersioned = servers.some(
        (server) => isRecord(server) && typeof server['url'] === 'string' && pathSegments(serverPath(server['url'], server['variables'])).some((s) => isVersionSegment(s.text)),
      );
    }
    const basePath = root['basePath'];
    if (typeof basePath === 'string' && pathSegments(basePath).some((s) => isVersionSegment(s.text))) serverVersioned = true;

    // `/.well-known/...` URIs are fixed by RFC 8615 and never carry an API version.
    const paths = isRecord(root['paths'])
      ? Object.keys(root['paths']).filter((key) => !key.startsWith('x-') && !key.startsWith('/.well-known/'))
      : [];
    const versionedPaths = paths.filter((key) => pathSegments(key).some((s) => isVersionSegment(s.text)));
    const versionedSet = new Set(versionedPaths);
    const unversionedPaths = paths.filter((key) => !versionedSet.has(key));

    const headerUses = new Map<string, { name: string; path: JsonPath }>();
    const queryUses = new Map<string, { name: string; path: JsonPath }>();
    for (const operation of context.index.operations) {
      for (const parameter of operationView(context.document, operation).parameters) {
        const target = parameter.in === 'header' && header.test(parameter.name) ? headerUses : parameter.in === 'query' && query.test(parameter.name) ? queryUses : undefined;
        target?.set(JSON.stringify(parameter.location), { name: parameter.name, path: parameter.location });
      }
    }

    const weight: Record<Strategy, number> = {
      path: serverVersioned ? Number.MAX_SAFE_INTEGER : versionedPaths.length,
      header: headerUses.size,
      query: queryUses.size,
    };
    const used = (Object.keys(weight) as Strategy[]).filter((strategy) => weight[strategy] > 0);
    if (used.length === 0) {
      if (!options.requireVersioning) return [];
      return [{ message: 'The API shows no version: no version segment in the server URL or paths, and no version header.', path: 'paths' in root ? ['paths'] : [] }];
    }
    const chosen: Strategy =
      options.strategy !== 'auto' ? options.strategy : used.reduce((best, strategy) => (weight[strategy] > weight[best] ? strategy : best));

    const results: RuleFunctionResult[] = [];
    if (chosen === 'path' && !serverVersioned) {
      for (const key of unversionedPaths) {
        results.push({
          message: `Path "${key}" has no version segment, unlike ${String(versionedPaths.length)} other path${versionedPaths.length === 1 ? '' : 's'}.`,
          path: ['paths', key],
        });
      }
    }
    if (chosen !== 'path' && (serverVersioned || versionedPaths.length > 0)) {
      const where = serverVersioned ? (Array.isArray(servers) ? ['servers'] : ['basePath']) : undefined;
      if (where !== undefined) results.push({ message: `The server URL carries a version, but this API versions by ${chosen}.`, path: where });
      for (const key of versionedPaths) {
        results.push({ message: `Path "${key}" carries a version, but this API versions by ${chosen}.`, path: ['paths', key] });
      }
    }
    const others: [Strategy, Map<string, { name: string; path: JsonPath }>][] = [
      ['header', headerUses],
      ['query', queryUses],
    ];
    for (const [strategy, uses] of others) {
      if (strategy === chosen) continue;
      for (const { name, path } of uses.values()) {
        results.push({
          message: `Version ${strategy === 'header' ? 'header' : 'query parameter'} "${name}", but this API versions by ${chosen}.`,
          path,
        });
      }
    }
    return results;
  }),
} satisfies GuidelineRule<Options>;
