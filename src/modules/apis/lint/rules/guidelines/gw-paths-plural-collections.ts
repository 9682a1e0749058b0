import pluralize from 'pluralize';
import { isRecord } from '../../../document/index.js';
import type { RuleFunctionResult } from '../../engine/types.js';
import { splitWords } from './support/casing.js';
import { yaml } from './support/dedent.js';
import { check, type GuidelineRule } from './support/guideline-rule.js';
import { isVersionSegment, pathSegments } from './support/path-segments.js';

interface Options {
  /** Words accepted as collection names although they read singular (lower case). */
  readonly allow: readonly string[];
}
const defaults: Options = { allow: [] };

// pluralize runs a list of regular expressions per call; paths repeat the same words a lot.
const pluralCache = new Map<string, boolean>();
function isPlural(word: string): boolean {
  let plural = pluralCache.get(word);
  if (plural === undefined) {
    plural = pluralize.isPlural(word);
    pluralCache.set(word, plural);
  }
  return plural;
}

export const pathsPluralCollections = {
  id: 'gw-paths-plural-collections',
  category: 'naming',
  severity: 'warn',
  description:
    'A path segment followed by an identifier (`/orders/{orderId}`) names a collection and is a plural noun.',
  message: '{{error}}',
  rationale:
    'A collection holds many resources: `/orders` lists them, `/orders/{orderId}` is one of them. ' +
    'Plural collection names make that structure readable from the URL alone and keep every collection named the same way. ' +
    'The last word of a multi-word segment is checked (`/line-items/{id}`); uncountable nouns such as `data` or `media` pass.',
  examples: {
    good: [
      yaml`
        openapi: 3.1.0
        info: { title: Shop, version: 1.0.0 }
        paths:
          /orders/{orderId}/line-items/{itemId}:
            get:
              responses:
                '200': { description: The line item }
      `,
    ],
    bad: [
      yaml`
        openapi: 3.1.0
        info: { title: Shop, version: 1.0.0 }
        paths:
          /order/{orderId}:
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
        allow: { type: 'array', items: { type: 'string' }, description: 'Words accepted as collection names.' },
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
    for (const pathKey of Object.keys(paths)) {
      if (pathKey.startsWith('x-')) continue;
      const segments = pathSegments(pathKey);
      const singular: string[] = [];
      segments.forEach((segment, index) => {
        const next = segments[index + 1];
        if (next === undefined || !next.isParameter || segment.hasTemplate || isVersionSegment(segment.text)) return;
        const words = splitWords(segment.text);
        const last = words[words.length - 1];
        if (last === undefined || !/^[a-z]+$/.test(last) || options.allow.includes(last)) return;
        if (!isPlural(last)) singular.push(segment.text);
      });
      if (singular.length === 0) continue;
      const list = singular.map((text) => `"${text}" (${pluralize.plural(text)})`).join(', ');
      results.push({
        message: `Collection${singular.length > 1 ? 's' : ''} ${list} in "${pathKey}" should be named in the plural.`,
        path: [...context.path, pathKey],
      });
    }
    return results;
  }),
} satisfies GuidelineRule<Options>;
