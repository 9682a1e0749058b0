import type { Check } from '../check.js';
import { propertyPairs } from '../properties.js';

/** Clients reading a guaranteed field now get undefined. */
export const check = {
  meta: {
    id: 'response-required-property-removed',
    level: 'breaking',
    description: 'A required property was removed from a response.',
    message: 'removed {{subject}}, which was always present',
  },
  kind: 'schema',
  scopes: ['response-body'],
  check: (base, head, scope) =>
    propertyPairs(base, head, scope)
      .filter((p) => p.base && !p.head && base.required.has(p.name))
      .map((p) => ({ property: p.name, base: p.base?.pointer })),
} satisfies Check;
