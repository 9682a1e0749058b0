import type { Check } from '../check.js';

export const check = {
  meta: {
    id: 'request-parameter-deprecated',
    level: 'info',
    description: 'A parameter was marked deprecated.',
    message: 'deprecated {{subject}}',
  },
  kind: 'parameter',
  check: ({ base, head }) => (base && head && !base.deprecated && head.deprecated ? [{}] : []),
} satisfies Check;
