import type { Check } from '../check.js';
import { beforeSunset } from '../sunset.js';

/** A deprecation is a promise: removing before the announced date breaks it, even with a major bump. */
export const check = {
  meta: {
    id: 'api-removed-before-sunset',
    level: 'breaking',
    description: 'A deprecated operation was removed before its announced sunset date.',
    message: 'removed the endpoint before its announced sunset {{sunset}}',
  },
  kind: 'endpoint',
  check: ({ base, head, pathRemoved, now }) =>
    base && !head && !pathRemoved && base.deprecated && beforeSunset(base.sunset, now) ? [{ args: { sunset: base.sunset ?? '' } }] : [],
} satisfies Check;
