import type { Check } from '../check.js';

/** Operations using it are reported on their own; this flags the definition going away. */
export const check = {
  meta: {
    id: 'api-security-component-removed',
    level: 'warning',
    description: 'A security scheme definition was removed.',
    message: 'removed the security scheme `{{name}}`',
  },
  kind: 'document',
  check: (base, head) =>
    [...base.securitySchemes].filter(([name]) => !head.securitySchemes.has(name)).map(([name, node]) => ({ args: { name }, base: node.pointer })),
} satisfies Check;
