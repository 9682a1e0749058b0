import type { Check } from '../check.js';

/** Existing calls do not send it and are rejected. */
export const check = {
  meta: {
    id: 'new-required-request-parameter',
    level: 'breaking',
    description: 'A required parameter was added.',
    message: 'added {{subject}}, which is required',
  },
  kind: 'parameter',
  check: ({ base, head }) => (!base && head?.required ? [{}] : []),
} satisfies Check;
