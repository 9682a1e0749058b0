import type { Check } from '../check.js';
import { propertyPairs } from '../properties.js';

/** Clients that use it lose the data, though they had to cope with it missing. */
export const check = {
  meta: {
    id: 'response-optional-property-removed',
    level: 'warning',
    description: 'An optional property was removed from a response.',
    message: 'removed {{subject}}',
  },
  kind: 'schema',
  scopes: ['response-body'],
  check: (base, head, scope) =>
    propertyPairs(base, head, scope)
      .filter((p) => p.base && !p.head && !base.required.has(p.name))
      .map((p) => ({ property: p.name, base: p.base?.pointer })),
} satisfies Check;
