import type { Check } from '../check.js';

/** Clients reading a guaranteed header (pagination links, rate limits) lose it. */
export const check = {
  meta: {
    id: 'required-response-header-removed',
    level: 'breaking',
    description: 'A required response header was removed.',
    message: 'removed {{subject}}, which was always sent',
  },
  kind: 'response-header',
  check: ({ base, head }) => (base && !head && base.required ? [{}] : []),
} satisfies Check;
