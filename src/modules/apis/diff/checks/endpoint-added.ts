import type { Check } from '../check.js';

export const check = {
  meta: {
    id: 'endpoint-added',
    level: 'info',
    description: 'A new operation was added.',
    message: 'added the endpoint',
  },
  kind: 'endpoint',
  check: ({ base, head }) => (!base && head ? [{}] : []),
} satisfies Check;
