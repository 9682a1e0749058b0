import { describe, expect, it } from 'vitest';
import { readFilters, readSort, SORT_COLUMNS, toggleSort, writeSort } from './service-list.js';

describe('services list state', () => {
  it('reads filters from the URL, ignoring blanks and unknown keys', () => {
    expect(readFilters(new URLSearchParams('owner=payments&tier=1&tag=&foo=bar'))).toEqual({ owner: 'payments', tier: '1' });
  });

  it('reads, toggles and writes the sort', () => {
    expect(readSort(null)).toEqual({ column: 'name', descending: false });
    expect(readSort('-tier')).toEqual({ column: 'tier', descending: true });
    expect(readSort('nonsense')).toEqual({ column: 'name', descending: false });
    expect(writeSort(toggleSort(readSort('tier'), 'tier'))).toBe('-tier');
    expect(writeSort(toggleSort(readSort('-tier'), 'name'))).toBeUndefined();
  });
});

describe('sort columns', () => {
  it('are ones the server accepts for services', async () => {
    const { allowedSorts } = await import('../../../../src/modules/catalog/catalog.sort.js');
    const allowed = allowedSorts('service');
    for (const column of SORT_COLUMNS) {
      expect(allowed).toContain(column);
      expect(allowed).toContain(`-${column}`);
    }
  });
});
