import type { Check } from '../check.js';
import { reachableSchemas } from '../reachable.js';

/**
 * Changes in schemas that operations reach are reported per operation by the other
 * checks; a schema no operation uses (event payloads documented beside the API, say)
 * would otherwise change silently. No client is affected through the API itself.
 */
export const check = {
  meta: {
    id: 'api-unused-schema-changed',
    level: 'info',
    description: 'A reusable schema that no operation uses was changed.',
    message: 'changed the reusable schema `{{name}}`, which no operation uses',
  },
  kind: 'document',
  check: (base, head) => {
    const used = new Set([...reachableSchemas(base), ...reachableSchemas(head)]);
    return [...head.schemaComponents].flatMap(([name, node]) => {
      const before = base.schemaComponents.get(name);
      if (!before || used.has(name) || JSON.stringify(before.value) === JSON.stringify(node.value)) return [];
      return [{ args: { name }, base: before.pointer, head: node.pointer }];
    });
  },
} satisfies Check;
