import type { Check } from '../check.js';

export const check = {
  meta: {
    id: 'api-schema-added',
    level: 'info',
    description: 'A reusable schema was added to the components.',
    message: 'added the reusable schema `{{name}}`',
  },
  kind: 'document',
  check: (base, head) =>
    [...head.schemaComponents].filter(([name]) => !base.schemaComponents.has(name)).map(([name, node]) => ({ args: { name }, head: node.pointer })),
} satisfies Check;
