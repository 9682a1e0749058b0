import type { Check } from '../check.js';
import { isSuccessStatus } from '../status.js';

export const check = {
  meta: {
    id: 'response-success-status-added',
    level: 'info',
    description: 'A success response status was added.',
    message: 'added the success response with status {{status}}',
  },
  kind: 'response',
  check: ({ base, head }) => (!base && head && isSuccessStatus(head.status) ? [{}] : []),
} satisfies Check;
