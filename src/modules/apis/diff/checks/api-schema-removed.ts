import type { Check } from '../check.js';

/** Reported once per schema; its effect on operations, if any, is reported per operation. */
export const check = {
  meta: {
    id: 'api-schema-removed',
    level: 'info',
    description: 'A reusable schema was removed from the components.',
    message: 'removed the reusable schema `{{name}}`',
  },
  kind: 'document',
  check: (base, head) =>
    [...base.schemaComponents].filter(([name]) => !head.schemaComponents.has(name)).map(([name, node]) => ({ args: { name }, base: node.pointer })),
} satisfies Check;
