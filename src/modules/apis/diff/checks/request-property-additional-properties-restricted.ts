import type { Check } from '../check.js';

/** Requests carrying extra properties, valid before, are now rejected. */
export const check = {
  meta: {
    id: 'request-property-additional-properties-restricted',
    level: 'breaking',
    description: 'A request object no longer accepts arbitrary additional properties.',
    message: '{{subject}} {{what}}',
  },
  kind: 'schema',
  scopes: ['request-body'],
  check: (base, head) => {
    if (head.additionalProperties === undefined || base.additionalProperties === false) return [];
    if (head.additionalProperties === false) return [{ args: { what: 'no longer accepts properties other than those listed' } }];
    if (base.additionalProperties !== undefined) return [];
    return [{ args: { what: 'now constrains its additional properties by a schema' } }];
  },
} satisfies Check;
