import type { Check } from '../check.js';
import { isSuccessStatus } from '../status.js';

export const check = {
  meta: {
    id: 'response-non-success-status-added',
    level: 'info',
    description: 'A non-success response status was documented.',
    message: 'added the response with status {{status}}',
  },
  kind: 'response',
  check: ({ base, head }) => (!base && head && !isSuccessStatus(head.status) ? [{}] : []),
} satisfies Check;
