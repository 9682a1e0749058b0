import type { Check } from '../check.js';

export const check = {
  meta: {
    id: 'endpoint-reactivated',
    level: 'info',
    description: 'A deprecated operation is no longer deprecated.',
    message: 'the endpoint is no longer deprecated',
  },
  kind: 'operation',
  check: (base, head) => (base.deprecated && !head.deprecated ? [{}] : []),
} satisfies Check;
