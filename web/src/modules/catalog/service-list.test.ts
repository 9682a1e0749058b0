import { describe, expect, it } from 'vitest';
import { aService } from '../../test/fixtures.js';
import { readFilters, readSort, sortServices, toggleSort, writeSort } from './service-list.js';

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

  it('sorts numbers as numbers, empties last, ties by name', () => {
    const items = [aService({ name: 'c', tier: null }), aService({ name: 'b', tier: 2 }), aService({ name: 'a', tier: 2 }), aService({ name: 'd', tier: 1 })];
    expect(sortServices(items, { column: 'tier', descending: false }).map((s) => s.name)).toEqual(['d', 'a', 'b', 'c']);
    expect(sortServices(items, { column: 'tier', descending: true }).map((s) => s.name)).toEqual(['a', 'b', 'd', 'c']);
  });
});
