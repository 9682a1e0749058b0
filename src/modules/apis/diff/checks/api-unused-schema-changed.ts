import type { Check } from '../check.js';
import { componentChangesOf } from '../component-changes.js';
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
    // The structural comparison of components is shared with the engine (done once).
    const changes = componentChangesOf(base, head);
    const edited = [...head.schemaComponents].flatMap(([name, node]) => {
      const before = base.schemaComponents.get(name);
      return before && changes.edited(node.pointer) ? [{ name, base: before.pointer, head: node.pointer }] : [];
    });
    // Reachability walks the whole document: only worth it when something was edited.
    if (edited.length === 0) return [];
    // Used means used on either side; the base side is walked only when head leaves one unused.
    const unusedInHead = edited.filter((e) => !reachableSchemas(head).has(e.name));
    if (unusedInHead.length === 0) return [];
    const usedInBase = reachableSchemas(base);
    return unusedInHead.filter((e) => !usedInBase.has(e.name)).map((e) => ({ args: { name: e.name }, base: e.base, head: e.head }));
  },
} satisfies Check;
