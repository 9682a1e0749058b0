import type { Check } from '../check.js';

export const check = {
  meta: {
    id: 'response-header-added',
    level: 'info',
    description: 'A response header was documented.',
    message: 'added {{subject}}',
  },
  kind: 'response-header',
  check: ({ base, head }) => (!base && head ? [{}] : []),
} satisfies Check;
