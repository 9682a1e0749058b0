import type { Check } from '../check.js';
import { isSuccessStatus } from '../status.js';

/** The server may still answer with it, undocumented; client error handling loses its contract. */
export const check = {
  meta: {
    id: 'response-non-success-status-removed',
    level: 'warning',
    description: 'A non-success response status was removed.',
    message: 'removed the response with status {{status}}',
  },
  kind: 'response',
  check: ({ base, head }) => (base && !head && !isSuccessStatus(base.status) ? [{}] : []),
} satisfies Check;
