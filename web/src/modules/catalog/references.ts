import type { Service } from '../../api/types.js';

/** True when the entity's `field` names something the catalog holds (not an unresolved reference). */
export function resolves(entity: Pick<Service, 'unresolved'>, field: string): boolean {
  return !entity.unresolved.some((u) => u.field === field);
}
