import type { ServiceFilters } from '../../api/catalog-api.js';
import type { Service } from '../../api/types.js';

// URL <-> list state for the services table, and its sorting. Pure.

export const FILTER_KEYS = ['q', 'owner', 'system', 'tier', 'lifecycle', 'tag'] as const;
export const SORT_COLUMNS = ['name', 'owner', 'system', 'tier', 'lifecycle'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export interface Sort {
  column: SortColumn;
  descending: boolean;
}

export function readFilters(params: URLSearchParams): ServiceFilters {
  const filters: ServiceFilters = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value !== undefined && value !== '') filters[key] = value;
  }
  return filters;
}

/** `?sort=tier` or `?sort=-tier`; anything else is the default (name ascending). */
export function readSort(value: string | null): Sort {
  const descending = value?.startsWith('-') ?? false;
  const column = (descending ? value?.slice(1) : value) ?? 'name';
  const known = SORT_COLUMNS.find((c) => c === column);
  return known ? { column: known, descending } : { column: 'name', descending: false };
}

export function writeSort(sort: Sort): string | undefined {
  if (sort.column === 'name' && !sort.descending) return undefined;
  return `${sort.descending ? '-' : ''}${sort.column}`;
}

/** Clicking a column header: the same column flips direction, another starts ascending. */
export function toggleSort(current: Sort, column: SortColumn): Sort {
  return current.column === column ? { column, descending: !current.descending } : { column, descending: false };
}

function sortValue(s: Service, column: SortColumn): string | number | undefined {
  const v = s[column];
  return v === null ? undefined : v;
}

/** Stable sort; empty values last in either direction, ties broken by name. */
export function sortServices(items: readonly Service[], sort: Sort): Service[] {
  const dir = sort.descending ? -1 : 1;
  return [...items].sort((a, b) => {
    const va = sortValue(a, sort.column);
    const vb = sortValue(b, sort.column);
    if (va === undefined && vb !== undefined) return 1;
    if (vb === undefined && va !== undefined) return -1;
    if (va !== undefined && vb !== undefined && va !== vb) {
      const cmp = typeof va === 'number' && typeof vb === 'number' ? va - vb : String(va).localeCompare(String(vb));
      return cmp * dir;
    }
    return a.name.localeCompare(b.name);
  });
}
