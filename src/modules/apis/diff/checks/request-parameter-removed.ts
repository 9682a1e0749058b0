import type { Check } from '../check.js';

/** Servers may reject unknown parameters, and clients relying on it silently lose its effect. */
export const check = {
  meta: {
    id: 'request-parameter-removed',
    level: 'warning',
    description: 'A parameter was removed.',
    message: 'removed {{subject}}',
  },
  kind: 'parameter',
  check: ({ base, head }) => (base && !head ? [{}] : []),
} satisfies Check;
