import type { Check } from '../check.js';
import { propertyPairs } from '../properties.js';

export const check = {
  meta: {
    id: 'request-property-became-optional',
    level: 'info',
    description: 'A required request property became optional.',
    message: '{{subject}} became optional',
  },
  kind: 'schema',
  scopes: ['request-body'],
  check: (base, head, scope) =>
    propertyPairs(base, head, scope)
      .filter((p) => p.base && p.head && base.required.has(p.name) && !head.required.has(p.name))
      .map((p) => ({ property: p.name, base: p.base?.pointer, head: p.head?.pointer })),
} satisfies Check;
