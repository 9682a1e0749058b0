import type { Check } from '../check.js';

/** Clients still send a body the server now ignores or rejects. */
export const check = {
  meta: {
    id: 'request-body-removed',
    level: 'warning',
    description: 'The request body of an operation was removed.',
    message: 'removed the request body',
  },
  kind: 'request-body',
  check: ({ base, head }) => (base && !head ? [{}] : []),
} satisfies Check;
