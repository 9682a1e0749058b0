import type { Check } from '../check.js';
import { isSuccessStatus } from '../status.js';

/** Clients expecting this status (and its body) no longer get it. */
export const check = {
  meta: {
    id: 'response-success-status-removed',
    level: 'breaking',
    description: 'A success response status was removed.',
    message: 'removed the success response with status {{status}}',
  },
  kind: 'response',
  check: ({ base, head }) => (base && !head && isSuccessStatus(base.status) ? [{}] : []),
} satisfies Check;
