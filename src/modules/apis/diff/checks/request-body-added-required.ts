import type { Check } from '../check.js';

/** Existing calls send no body and are rejected. */
export const check = {
  meta: {
    id: 'request-body-added-required',
    level: 'breaking',
    description: 'A required request body was added to an operation that had none.',
    message: 'added a required request body',
  },
  kind: 'request-body',
  check: ({ base, head }) => (!base && head?.required ? [{}] : []),
} satisfies Check;
