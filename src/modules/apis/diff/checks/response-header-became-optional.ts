import type { Check } from '../check.js';

export const check = {
  meta: {
    id: 'response-header-became-optional',
    level: 'breaking',
    description: 'A required response header became optional.',
    message: '{{subject}} is no longer always sent (became optional)',
  },
  kind: 'response-header',
  check: ({ base, head }) => (base && head && base.required && !head.required ? [{}] : []),
} satisfies Check;
