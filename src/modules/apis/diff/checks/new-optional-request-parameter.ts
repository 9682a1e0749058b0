import type { Check } from '../check.js';

export const check = {
  meta: {
    id: 'new-optional-request-parameter',
    level: 'info',
    description: 'An optional parameter was added.',
    message: 'added {{subject}} (optional)',
  },
  kind: 'parameter',
  check: ({ base, head }) => (!base && head && !head.required ? [{}] : []),
} satisfies Check;
