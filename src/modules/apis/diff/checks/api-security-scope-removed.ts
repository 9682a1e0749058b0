import type { Check } from '../check.js';
import { sameSchemes } from '../security.js';

export const check = {
  meta: {
    id: 'api-security-scope-removed',
    level: 'info',
    description: 'An operation no longer requires a scope of a security scheme.',
    message: 'the endpoint no longer requires the scope `{{scope}}` of the security scheme `{{scheme}}`',
  },
  kind: 'operation',
  check: (base, head) =>
    base.security.flatMap((alt) => {
      const sibling = head.security.find((h) => sameSchemes(h, alt));
      if (!sibling) return [];
      return [...alt].flatMap(([scheme, scopes]) =>
        scopes.filter((s) => !(sibling.get(scheme) ?? []).includes(s)).map((scope) => ({ args: { scope, scheme }, base: base.securityPointer, head: head.securityPointer })),
      );
    }),
} satisfies Check;
