import type { ServiceFilters } from '../../api/catalog-api.js';

// URL <-> list state for the services table (filters and the server-side sort). Pure.

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
