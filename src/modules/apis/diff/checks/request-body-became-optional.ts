import type { Check } from '../check.js';

export const check = {
  meta: {
    id: 'request-body-became-optional',
    level: 'info',
    description: 'A required request body became optional.',
    message: 'the request body became optional',
  },
  kind: 'request-body',
  check: ({ base, head }) => (base && head && base.required && !head.required ? [{}] : []),
} satisfies Check;
