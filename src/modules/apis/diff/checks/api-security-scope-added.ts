import type { Check } from '../check.js';
import { lostAlternatives, sameSchemes } from '../security.js';

/** Tokens issued with the old scopes are rejected (403). */
export const check = {
  meta: {
    id: 'api-security-scope-added',
    level: 'breaking',
    description: 'An operation requires an additional scope of a security scheme it already used.',
    message: 'the endpoint now requires the scope `{{scope}}` of the security scheme `{{scheme}}`',
  },
  kind: 'operation',
  check: (base, head) =>
    lostAlternatives(base.security, head.security).flatMap((lost) => {
      const sibling = head.security.find((h) => sameSchemes(h, lost));
      if (!sibling) return [];
      return [...sibling].flatMap(([scheme, scopes]) =>
        scopes.filter((s) => !(lost.get(scheme) ?? []).includes(s)).map((scope) => ({ args: { scope, scheme }, base: base.securityPointer, head: head.securityPointer })),
      );
    }),
} satisfies Check;
