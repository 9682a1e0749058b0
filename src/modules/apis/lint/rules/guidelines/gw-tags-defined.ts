import { isRecord } from '../../../document/index.js';
import type { RuleFunctionResult } from '../../engine/types.js';
import { yaml } from './support/dedent.js';
import { check, type GuidelineRule } from './support/guideline-rule.js';

interface Options {
  /** Report operations without any tag. */
  readonly requireOperationTags: boolean;
  /** Report top-level tags no operation uses. */
  readonly reportUnused: boolean;
}
const defaults: Options = { requireOperationTags: true, reportUnused: true };

export const tagsDefined = {
  id: 'gw-tags-defined',
  category: 'documentation',
  severity: 'warn',
  description:
    'Operations are tagged, every tag they use is defined in the top-level `tags`, and every defined tag is used.',
  message: '{{error}}',
  rationale:
    'Tags are the table of contents of an API: reference docs group operations by them and SDK generators split clients by them. ' +
    'Defining tags at the top level gives each group a description and an order; an undefined tag is usually a typo that creates ' +
    'a stray group, and an unused one is a leftover.',
  examples: {
    good: [
      yaml`
        openapi: 3.1.0
        info: { title: Shop, version: 1.0.0 }
        tags:
          - { name: orders, description: Placing and tracking orders }
        paths:
          /orders:
            get:
              tags: [orders]
              responses:
                '200': { description: Orders }
      `,
    ],
    bad: [
      yaml`
        openapi: 3.1.0
        info: { title: Shop, version: 1.0.0 }
        tags:
          - { name: customers, description: Customer accounts }
        paths:
          /orders:
            get:
              tags: [order]
              responses:
                '200': { description: Orders }
          /orders/{orderId}:
            get:
              responses:
                '200': { description: The order }
      `,
    ],
  },
  options: {
    schema: {
      type: 'object',
      properties: {
        requireOperationTags: { type: 'boolean', description: 'Report operations without tags.' },
        reportUnused: { type: 'boolean', description: 'Report defined tags that no operation uses.' },
      },
      additionalProperties: false,
    },
    defaults,
  },
  given: '$',
  resolved: false,
  then: check(defaults, (root, options, context): RuleFunctionResult[] => {
    const results: RuleFunctionResult[] = [];
    const declared = new Map<string, number>();
    const topTags = isRecord(root) ? root['tags'] : undefined;
    if (Array.isArray(topTags)) {
      topTags.forEach((tag: unknown, index) => {
        if (isRecord(tag) && typeof tag['name'] === 'string' && !declared.has(tag['name'])) declared.set(tag['name'], index);
      });
    }
    const used = new Set<string>();
    for (const operation of context.index.operations) {
      const tags = operation.value['tags'];
      const where = `${operation.method.toUpperCase()} ${operation.pathKey}`;
      if (!Array.isArray(tags) || tags.length === 0) {
        if (options.requireOperationTags) results.push({ message: `${where} has no tags.`, path: operation.path });
        continue;
      }
      tags.forEach((tag: unknown, index) => {
        if (typeof tag !== 'string') return;
        used.add(tag);
        if (!declared.has(tag)) {
          results.push({ message: `Tag "${tag}" of ${where} is not defined in the top-level tags.`, path: [...operation.path, 'tags', index] });
        }
      });
    }
    if (options.reportUnused) {
      for (const [name, index] of declared) {
        if (!used.has(name)) results.push({ message: `Tag "${name}" is defined but no operation uses it.`, path: ['tags', index] });
      }
    }
    return results;
  }),
} satisfies GuidelineRule<Options>;
