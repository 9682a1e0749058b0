import type { Check } from '../check.js';
import { propertyPairs } from '../properties.js';

/** Tolerant readers ignore it; worth a changelog line. */
export const check = {
  meta: {
    id: 'response-property-added',
    level: 'info',
    description: 'A property was added to a response.',
    message: 'added {{subject}}{{note}}',
  },
  kind: 'schema',
  scopes: ['response-body'],
  check: (base, head, scope) =>
    propertyPairs(base, head, scope)
      .filter((p) => !p.base && p.head)
      .map((p) => ({ property: p.name, head: p.head?.pointer, args: { note: head.required.has(p.name) ? ' (always present)' : '' } })),
} satisfies Check;
