import type { Change, ComponentGroup, DiffSummary, OperationRef } from './change.js';

/**
 * Counts by level, and groups the changes that come from one shared component: the
 * engine reports such a change once per affected operation (the consumer needs to know
 * which endpoint breaks); the summary says it is one edit in one place.
 */
export function summarise(changes: readonly Change[]): DiffSummary {
  const counts = { breaking: 0, warning: 0, info: 0 };
  const groups = new Map<string, { first: Change; component: string; operations: OperationRef[]; seen: Set<string> }>();
  for (const change of changes) {
    counts[change.level]++;
    if (change.component === undefined || !change.operation) continue;
    const key = `${change.id}\u0000${change.component}\u0000${change.base?.pointer ?? ''}\u0000${change.head?.pointer ?? ''}`;
    const operationKey = `${change.operation.method} ${change.operation.path}`;
    const group = groups.get(key);
    // An operation is listed once per group, however many places of it the change reaches.
    if (!group) groups.set(key, { first: change, component: change.component, operations: [change.operation], seen: new Set([operationKey]) });
    else if (!group.seen.has(operationKey)) {
      group.seen.add(operationKey);
      group.operations.push(change.operation);
    }
  }
  const components: ComponentGroup[] = [];
  for (const group of groups.values()) {
    if (group.operations.length < 2) continue;
    components.push({ id: group.first.id, level: group.first.level, component: group.component, message: group.first.message, operations: group.operations });
  }
  components.sort((a, b) => b.operations.length - a.operations.length || (a.component < b.component ? -1 : 1));
  return { ...counts, components };
}
