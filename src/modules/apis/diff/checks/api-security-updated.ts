import type { Check } from '../check.js';
import { describeAlternative, lostAlternatives, sameSchemes } from '../security.js';

/** Clients authenticating the old way are rejected: a scheme was added to or swapped in the requirement. */
export const check = {
  meta: {
    id: 'api-security-updated',
    level: 'breaking',
    description: 'A way of authenticating an operation is no longer accepted (scheme added to or replaced in the requirement).',
    message: 'the endpoint no longer accepts {{from}}; it now requires {{to}}',
  },
  kind: 'operation',
  check: (base, head) =>
    lostAlternatives(base.security, head.security)
      .filter((lost) => !head.security.some((h) => sameSchemes(h, lost)))
      .map((lost) => ({
        args: { from: describeAlternative(lost), to: head.security.map(describeAlternative).join(' or ') },
        base: base.securityPointer,
        head: head.securityPointer,
      })),
} satisfies Check;
