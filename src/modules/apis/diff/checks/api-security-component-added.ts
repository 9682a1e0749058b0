import type { Check } from '../check.js';

export const check = {
  meta: {
    id: 'api-security-component-added',
    level: 'info',
    description: 'A security scheme was defined.',
    message: 'added the security scheme `{{name}}`',
  },
  kind: 'document',
  check: (base, head) =>
    [...head.securitySchemes].filter(([name]) => !base.securitySchemes.has(name)).map(([name, node]) => ({ args: { name }, head: node.pointer })),
} satisfies Check;
