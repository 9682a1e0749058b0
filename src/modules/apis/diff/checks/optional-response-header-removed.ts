import type { Check } from '../check.js';

export const check = {
  meta: {
    id: 'optional-response-header-removed',
    level: 'warning',
    description: 'An optional response header was removed.',
    message: 'removed {{subject}}',
  },
  kind: 'response-header',
  check: ({ base, head }) => (base && !head && !base.required ? [{}] : []),
} satisfies Check;
