import type { Check } from '../check.js';

export const check = {
  meta: {
    id: 'api-security-removed',
    level: 'info',
    description: 'An operation no longer uses a security scheme.',
    message: 'the endpoint no longer uses the security scheme `{{scheme}}`',
  },
  kind: 'operation',
  check: (base, head) => {
    const headSchemes = new Set(head.security.flatMap((alt) => [...alt.keys()]));
    const baseSchemes = new Set(base.security.flatMap((alt) => [...alt.keys()]));
    return [...baseSchemes].filter((s) => !headSchemes.has(s)).map((scheme) => ({ args: { scheme }, base: base.securityPointer, head: head.securityPointer }));
  },
} satisfies Check;
