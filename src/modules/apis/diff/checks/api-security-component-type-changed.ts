import type { Check } from '../check.js';
import { stringAt } from '../json.js';
import { schemePairs } from '../security-schemes.js';

/** Every client authenticates differently now (e.g. API key to OAuth). */
export const check = {
  meta: {
    id: 'api-security-component-type-changed',
    level: 'breaking',
    description: 'The type or location of a security scheme changed.',
    message: 'the security scheme `{{name}}` changed from {{from}} to {{to}}',
  },
  kind: 'document',
  check: (base, head) =>
    schemePairs(base, head).flatMap((pair) => {
      const describe = (scheme: typeof pair.base): string =>
        [stringAt(scheme, 'type'), stringAt(scheme, 'scheme'), stringAt(scheme, 'in'), stringAt(scheme, 'name')].filter((s) => s !== undefined).join(' ');
      const from = describe(pair.base);
      const to = describe(pair.head);
      return from !== to ? [{ args: { name: pair.name, from, to }, base: pair.basePointer, head: pair.headPointer }] : [];
    }),
} satisfies Check;
