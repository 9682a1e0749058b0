import type { Check } from '../check.js';
import { allowsAnonymous, describeAlternative } from '../security.js';

/** Anonymous callers now get 401. */
export const check = {
  meta: {
    id: 'api-security-added',
    level: 'breaking',
    description: 'An operation that allowed anonymous calls now requires authentication.',
    message: 'the endpoint now requires authentication: {{schemes}}',
  },
  kind: 'operation',
  check: (base, head) =>
    allowsAnonymous(base.security) && !allowsAnonymous(head.security)
      ? [{ args: { schemes: head.security.map(describeAlternative).join(' or ') }, base: base.securityPointer, head: head.securityPointer }]
      : [],
} satisfies Check;
