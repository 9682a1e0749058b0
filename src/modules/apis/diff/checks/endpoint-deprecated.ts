import type { Check } from '../check.js';

export const check = {
  meta: {
    id: 'endpoint-deprecated',
    level: 'info',
    description: 'An operation was marked deprecated.',
    message: 'deprecated the endpoint{{sunsetNote}}',
  },
  kind: 'operation',
  check: (base, head) =>
    !base.deprecated && head.deprecated ? [{ args: { sunsetNote: head.sunset !== undefined ? ` with sunset ${head.sunset}` : ' (no sunset date announced)' } }] : [],
} satisfies Check;
