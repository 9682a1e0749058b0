import type { Check } from '../check.js';

export const check = {
  meta: {
    id: 'request-parameter-became-optional',
    level: 'info',
    description: 'A required parameter became optional.',
    message: '{{subject}} became optional',
  },
  kind: 'parameter',
  check: ({ base, head }) => (base && head && base.required && !head.required ? [{}] : []),
} satisfies Check;
