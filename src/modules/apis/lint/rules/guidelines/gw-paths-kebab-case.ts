import { isRecord } from '../../../document/index.js';
import type { RuleFunctionResult } from '../../engine/types.js';
import { isKebabSegment } from './support/casing.js';
import { yaml } from './support/dedent.js';
import { check, type GuidelineRule } from './support/guideline-rule.js';
import { isVersionSegment, pathSegments } from './support/path-segments.js';

interface Options {
  /** Literal segments accepted as written (e.g. `.well-known`). */
  readonly allow: readonly string[];
}
const defaults: Options = { allow: ['.well-known'] };

export const pathsKebabCase = {
  id: 'gw-paths-kebab-case',
  category: 'naming',
  severity: 'warn',
  description: 'Literal path segments are kebab-case: lowercase letters and digits, words joined by `-`.',
  message: '{{error}}',
  rationale:
    'URLs are case-sensitive, and mixed styles (`/lineItems`, `/line_items`, `/LineItems`) make clients guess. ' +
    'Kebab-case is the most common convention for URLs, reads well and survives case-insensitive proxies and logs. ' +
    'Path parameters (`{itemId}`) and version segments (`v1`, `2.0`, `2024-01-01`) are not checked.',
  examples: {
    good: [
      yaml`
        openapi: 3.1.0
        info: { title: Shop, version: 1.0.0 }
        paths:
          /line-items/{itemId}:
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
          /lineItems/{itemId}:
            get:
              responses:
                '200': { description: The line item }
      `,
    ],
  },
  options: {
    schema: {
      type: 'object',
      properties: { allow: { type: 'array', items: { type: 'string' }, description: 'Segments accepted as written.' } },
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
      const bad = pathSegments(pathKey).filter(
        (segment) =>
          !segment.hasTemplate &&
          !isVersionSegment(segment.text) &&
          !options.allow.includes(segment.text) &&
          !isKebabSegment(segment.text),
      );
      if (bad.length === 0) continue;
      const list = bad.map((segment) => `"${segment.text}"`).join(', ');
      results.push({
        message: `Path segment${bad.length > 1 ? 's' : ''} ${list} of "${pathKey}" should be kebab-case.`,
        path: [...context.path, pathKey],
      });
    }
    return results;
  }),
} satisfies GuidelineRule<Options>;
