import type { Check } from '../check.js';
import { propertyPairs } from '../properties.js';

/** Clients still send it: ignored at best, rejected where extra properties are forbidden. */
export const check = {
  meta: {
    id: 'request-property-removed',
    level: 'warning',
    description: 'A property was removed from a request body.',
    message: 'removed {{subject}}',
  },
  kind: 'schema',
  scopes: ['request-body'],
  check: (base, head, scope) =>
    propertyPairs(base, head, scope)
      .filter((p) => p.base && !p.head)
      .map((p) => ({ property: p.name, base: p.base?.pointer })),
} satisfies Check;
