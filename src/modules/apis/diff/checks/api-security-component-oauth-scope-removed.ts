import type { Check } from '../check.js';
import { objectAt } from '../json.js';
import { flowsOf, schemePairs } from '../security-schemes.js';

/** Clients requesting that scope get an error from the authorisation server. */
export const check = {
  meta: {
    id: 'api-security-component-oauth-scope-removed',
    level: 'warning',
    description: 'A scope was removed from an OAuth flow of a security scheme.',
    message: 'removed the scope `{{scope}}` from the {{flow}} flow of the security scheme `{{name}}`',
  },
  kind: 'document',
  check: (base, head) =>
    schemePairs(base, head).flatMap((pair) => {
      const headFlows = flowsOf(pair.head);
      return [...flowsOf(pair.base)].flatMap(([flow, scheme]) => {
        const other = headFlows.get(flow);
        if (!other) return [];
        const kept = objectAt(other, 'scopes') ?? {};
        return Object.keys(objectAt(scheme, 'scopes') ?? {})
          .filter((scope) => !(scope in kept))
          .map((scope) => ({ args: { scope, flow, name: pair.name }, base: pair.basePointer, head: pair.headPointer }));
      });
    }),
} satisfies Check;
