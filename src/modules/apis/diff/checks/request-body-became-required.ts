import type { Check } from '../check.js';

export const check = {
  meta: {
    id: 'request-body-became-required',
    level: 'breaking',
    description: 'An optional request body became required.',
    message: 'the request body became required',
  },
  kind: 'request-body',
  check: ({ base, head }) => (base && head && !base.required && head.required ? [{}] : []),
} satisfies Check;
