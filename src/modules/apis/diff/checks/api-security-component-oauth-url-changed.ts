import type { Check } from '../check.js';
import { stringAt } from '../json.js';
import { flowsOf, schemePairs } from '../security-schemes.js';

/** Clients configured with the old authorisation or token URL fail to obtain tokens. */
export const check = {
  meta: {
    id: 'api-security-component-oauth-url-changed',
    level: 'warning',
    description: 'The authorization or token URL of an OAuth flow changed.',
    message: 'the {{which}} of the {{flow}} flow of the security scheme `{{name}}` changed from {{from}} to {{to}}',
  },
  kind: 'document',
  check: (base, head) =>
    schemePairs(base, head).flatMap((pair) => {
      const headFlows = flowsOf(pair.head);
      return [...flowsOf(pair.base)].flatMap(([flow, scheme]) => {
        const other = headFlows.get(flow);
        if (!other) return [];
        return (['authorizationUrl', 'tokenUrl'] as const).flatMap((which) => {
          const from = stringAt(scheme, which);
          const to = stringAt(other, which);
          return from !== undefined && to !== undefined && from !== to
            ? [{ args: { which, flow, name: pair.name, from, to }, base: pair.basePointer, head: pair.headPointer }]
            : [];
        });
      });
    }),
} satisfies Check;
