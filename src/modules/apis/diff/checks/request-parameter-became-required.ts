import type { Check } from '../check.js';

export const check = {
  meta: {
    id: 'request-parameter-became-required',
    level: 'breaking',
    description: 'An optional parameter became required.',
    message: '{{subject}} became required',
  },
  kind: 'parameter',
  check: ({ base, head }) => (base && head && !base.required && head.required ? [{}] : []),
} satisfies Check;
