import type { Check } from '../check.js';
import { propertyPairs } from '../properties.js';

export const check = {
  meta: {
    id: 'request-property-became-required',
    level: 'breaking',
    description: 'An optional request property became required.',
    message: '{{subject}} became required',
  },
  kind: 'schema',
  scopes: ['request-body'],
  check: (base, head, scope) =>
    propertyPairs(base, head, scope)
      .filter((p) => p.base && p.head && !base.required.has(p.name) && head.required.has(p.name))
      .map((p) => ({ property: p.name, base: p.base?.pointer, head: p.head?.pointer })),
} satisfies Check;
