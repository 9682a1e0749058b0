import type { Check } from '../check.js';

/** Clients keep sending it where it used to be (query vs header vs path). */
export const check = {
  meta: {
    id: 'request-parameter-location-changed',
    level: 'breaking',
    description: 'A parameter moved to another location (e.g. from query to header).',
    message: 'the parameter `{{name}}` moved from {{from}} to {{to}}',
  },
  kind: 'parameter',
  check: ({ base, head }) => (base && head && base.in !== head.in ? [{ args: { name: head.name, from: base.in, to: head.in } }] : []),
} satisfies Check;
