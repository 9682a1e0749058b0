import type { Check } from '../check.js';
import { propertyPairs } from '../properties.js';

export const check = {
  meta: {
    id: 'response-property-became-required',
    level: 'info',
    description: 'An optional response property is now always present.',
    message: '{{subject}} is now always present (became required)',
  },
  kind: 'schema',
  scopes: ['response-body'],
  check: (base, head, scope) =>
    propertyPairs(base, head, scope)
      .filter((p) => p.base && p.head && !base.required.has(p.name) && head.required.has(p.name))
      .map((p) => ({ property: p.name, base: p.base?.pointer, head: p.head?.pointer })),
} satisfies Check;
