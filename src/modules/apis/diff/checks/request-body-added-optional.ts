import type { Check } from '../check.js';

export const check = {
  meta: {
    id: 'request-body-added-optional',
    level: 'info',
    description: 'An optional request body was added to an operation that had none.',
    message: 'added an optional request body',
  },
  kind: 'request-body',
  check: ({ base, head }) => (!base && head && !head.required ? [{}] : []),
} satisfies Check;
