import type { Check } from '../check.js';

/** The path stays but this method is gone: clients get 405/404 without warning. */
export const check = {
  meta: {
    id: 'api-removed-without-deprecation',
    level: 'breaking',
    description: 'An operation was removed without being deprecated first.',
    message: 'removed the endpoint without deprecating it first',
  },
  kind: 'endpoint',
  check: ({ base, head, pathRemoved }) => (base && !head && !pathRemoved && !base.deprecated ? [{}] : []),
} satisfies Check;
