import type { Check } from '../check.js';
import { propertyPairs } from '../properties.js';

/** Clients that relied on the field always being there now meet responses without it. */
export const check = {
  meta: {
    id: 'response-property-became-optional',
    level: 'breaking',
    description: 'A required response property became optional.',
    message: '{{subject}} is no longer always present (became optional)',
  },
  kind: 'schema',
  scopes: ['response-body'],
  check: (base, head, scope) =>
    propertyPairs(base, head, scope)
      .filter((p) => p.base && p.head && base.required.has(p.name) && !head.required.has(p.name))
      .map((p) => ({ property: p.name, base: p.base?.pointer, head: p.head?.pointer })),
} satisfies Check;
