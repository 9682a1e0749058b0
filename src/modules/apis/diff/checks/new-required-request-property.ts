import type { Check } from '../check.js';
import { propertyPairs } from '../properties.js';

/** Existing requests do not send it and fail validation. */
export const check = {
  meta: {
    id: 'new-required-request-property',
    level: 'breaking',
    description: 'A required property was added to a request body.',
    message: 'added {{subject}}, which is required',
  },
  kind: 'schema',
  scopes: ['request-body'],
  check: (base, head, scope) =>
    propertyPairs(base, head, scope)
      .filter((p) => !p.base && p.head && head.required.has(p.name))
      .map((p) => ({ property: p.name, head: p.head?.pointer })),
} satisfies Check;
