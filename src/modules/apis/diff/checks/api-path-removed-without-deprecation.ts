import type { Check } from '../check.js';

/** Clients calling the path get 404; they had no deprecation notice to migrate. */
export const check = {
  meta: {
    id: 'api-path-removed-without-deprecation',
    level: 'breaking',
    description: 'A path and its operation were removed without being deprecated first.',
    message: 'removed the endpoint (its whole path is gone) without deprecating it first',
  },
  kind: 'endpoint',
  check: ({ base, head, pathRemoved }) => (base && !head && pathRemoved && !base.deprecated ? [{}] : []),
} satisfies Check;
