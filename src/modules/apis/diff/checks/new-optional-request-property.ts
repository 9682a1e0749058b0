import type { Check } from '../check.js';
import { propertyPairs } from '../properties.js';

export const check = {
  meta: {
    id: 'new-optional-request-property',
    level: 'info',
    description: 'An optional property was added to a request body.',
    message: 'added {{subject}} (optional)',
  },
  kind: 'schema',
  scopes: ['request-body'],
  check: (base, head, scope) =>
    propertyPairs(base, head, scope)
      .filter((p) => !p.base && p.head && !head.required.has(p.name))
      .map((p) => ({ property: p.name, head: p.head?.pointer })),
} satisfies Check;
