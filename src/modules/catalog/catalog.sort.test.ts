import { describe, expect, it } from 'vitest';
import { BadRequestError } from '../../platform/errors.js';
import { allowedSorts, cursorKey, DEFAULT_SORT, parseSort, readCursorKey } from './catalog.sort.js';

describe('catalog sort', () => {
  it('offers each kind the fields it has', () => {
    expect(allowedSorts('person')).toEqual(['name', 'createdAt', 'updatedAt', '-name', '-createdAt', '-updatedAt']);
    expect(allowedSorts('system')).toContain('domain');
    expect(allowedSorts('api')).toContain('-lifecycle');
    expect(allowedSorts('api')).not.toContain('tier');
  });

  it('reads sort values; absent, empty and name are the default order', () => {
    expect(parseSort('service', undefined)).toBe(DEFAULT_SORT);
    expect(parseSort('service', '')).toBe(DEFAULT_SORT);
    expect(parseSort('service', 'name')).toBe(DEFAULT_SORT);
    expect(parseSort('service', '-tier')).toEqual({ param: '-tier', column: 'tier', descending: true, nullable: true, numeric: true });
    expect(parseSort('team', 'parent')).toMatchObject({ column: 'container', nullable: true });
    expect(() => parseSort('service', '--tier')).toThrow(BadRequestError);
    expect(() => parseSort('team', 'tier')).toThrow(/use one of: name, parent/);
  });

  it('round-trips cursors, keeping bare names for the default order', () => {
    expect(cursorKey(DEFAULT_SORT, 'b', 'b')).toBe('b');
    expect(readCursorKey(DEFAULT_SORT, 'b')).toEqual({ value: 'b', name: 'b' });
    const tier = parseSort('service', 'tier');
    for (const value of [1, null]) expect(readCursorKey(tier, cursorKey(tier, value, 'x'))).toEqual({ value, name: 'x' });
    const updated = parseSort('service', '-updatedAt');
    expect(readCursorKey(updated, cursorKey(updated, '2026-01-01T00:00:00.000Z', 'x'))).toEqual({ value: '2026-01-01T00:00:00.000Z', name: 'x' });
  });

  it('refuses cursors of another order or with values that do not fit the column', () => {
    const tier = parseSort('service', 'tier');
    const byTier = cursorKey(tier, 2, 'x');
    expect(() => readCursorKey(DEFAULT_SORT, byTier)).toThrow(/another sort order/);
    expect(() => readCursorKey(parseSort('service', '-tier'), byTier)).toThrow(/another sort order/);
    expect(() => readCursorKey(tier, 'x')).toThrow(/another sort order/);
    expect(() => readCursorKey(tier, cursorKey(tier, 'two', 'x'))).toThrow(/malformed/);
    const updated = parseSort('service', 'updatedAt');
    expect(() => readCursorKey(updated, cursorKey(updated, null, 'x'))).toThrow(/malformed/);
    expect(() => readCursorKey(tier, '\u0000{not json')).toThrow(/malformed/);
  });
});
