import type { Check } from '../check.js';
import { beforeSunset } from '../sunset.js';

/** The expected end of a deprecation: clients were told; worth a changelog line. */
export const check = {
  meta: {
    id: 'api-removed-with-deprecation',
    level: 'info',
    description: 'A deprecated operation was removed after its sunset date (or it had none).',
    message: 'removed the deprecated endpoint{{sunsetNote}}',
  },
  kind: 'endpoint',
  check: ({ base, head, now }) =>
    base && !head && base.deprecated && !beforeSunset(base.sunset, now)
      ? [{ args: { sunsetNote: base.sunset !== undefined ? ` (sunset ${base.sunset})` : '' } }]
      : [],
} satisfies Check;
