import type { JsonPath } from '../../../document/index.js';
import type { RuleFunctionResult } from '../../engine/types.js';
import { yaml } from './support/dedent.js';
import { check, type GuidelineRule } from './support/guideline-rule.js';
import { operationView } from './support/operation-view.js';
import {
  DEFAULT_PAGINATION_NAMES,
  PAGINATION_NAMES_SCHEMA,
  paginationParameters,
  type PaginationNames,
  type PaginationRole,
} from './support/pagination.js';

interface Options {
  readonly names: PaginationNames;
}
const defaults: Options = { names: DEFAULT_PAGINATION_NAMES };

const ROLE_LABEL: Record<PaginationRole, string> = {
  size: 'page size',
  cursor: 'cursor',
  offset: 'offset',
  page: 'page number',
};

export const paginationConsistentNames = {
  id: 'gw-pagination-consistent-names',
  category: 'pagination',
  severity: 'warn',
  description:
    'Pagination query parameters have one name per role across the document: one page-size name (`limit`), one cursor name, ' +
    'one offset name. The name most operations use wins; the others are reported.',
  message: '{{error}}',
  rationale:
    'Pagination is written once in every client — a generic iterator. If one list takes `limit` and another `page_size` or ' +
    '`pageSize`, that iterator needs a special case per endpoint, and users guess wrong. Consistent names are what make an API feel ' +
    'designed by one team.',
  examples: {
    good: [
      yaml`
        openapi: 3.1.0
        info: { title: Shop, version: 1.0.0 }
        paths:
          /orders:
            get:
              parameters:
                - { name: limit, in: query, schema: { type: integer, maximum: 100 } }
              responses:
                '200': { description: Orders }
          /customers:
            get:
              parameters:
                - { name: limit, in: query, schema: { type: integer, maximum: 100 } }
              responses:
                '200': { description: Customers }
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
                - { name: limit, in: query, schema: { type: integer, maximum: 100 } }
              responses:
                '200': { description: Orders }
          /customers:
            get:
              parameters:
                - { name: page_size, in: query, schema: { type: integer, maximum: 100 } }
              responses:
                '200': { description: Customers }
      `,
    ],
  },
  options: {
    schema: { type: 'object', properties: { names: PAGINATION_NAMES_SCHEMA }, additionalProperties: false },
    defaults,
  },
  given: '$',
  resolved: false,
  then: check(defaults, (_root, options, context): RuleFunctionResult[] => {
    const names = { ...DEFAULT_PAGINATION_NAMES, ...options.names };
    // role → name as written → how many operations use it, and where it is written (each
    // location once: a shared component parameter is reported once but counts per use).
    interface Use {
      operations: number;
      readonly locations: Map<string, JsonPath>;
    }
    const uses = new Map<PaginationRole, Map<string, Use>>();
    for (const operation of context.index.operations) {
      for (const { parameter, role } of paginationParameters(operationView(context.document, operation), names)) {
        const byName = uses.get(role) ?? new Map<string, Use>();
        uses.set(role, byName);
        const use = byName.get(parameter.name) ?? { operations: 0, locations: new Map<string, JsonPath>() };
        byName.set(parameter.name, use);
        use.operations += 1;
        use.locations.set(JSON.stringify(parameter.location), parameter.location);
      }
    }
    const results: RuleFunctionResult[] = [];
    for (const [role, byName] of uses) {
      if (byName.size < 2) continue;
      // The name most operations use wins; ties go to the name seen first.
      let preferred = '';
      let best = -1;
      for (const [name, use] of byName) {
        if (use.operations > best) {
          preferred = name;
          best = use.operations;
        }
      }
      for (const [name, use] of byName) {
        if (name === preferred) continue;
        for (const path of use.locations.values()) {
          results.push({
            message: `The ${ROLE_LABEL[role]} parameter is "${name}" here but "${preferred}" in ${String(best)} operation${best === 1 ? '' : 's'}; use one name.`,
            path,
          });
        }
      }
    }
    return results;
  }),
} satisfies GuidelineRule<Options>;
