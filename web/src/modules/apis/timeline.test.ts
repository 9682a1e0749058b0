import { describe, expect, it } from 'vitest';
import type { Deprecation } from './registry-api.js';
import { buildTimeline, daysBetween, relativeDays } from './timeline.js';

function dep(overrides: Partial<Deprecation>): Deprecation {
  return { api: 'orders', owner: 'team-a', method: 'GET', path: '/orders', operationId: null, deprecated: true, sunset: null, deprecatedSince: null, overdue: false, consumers: [], ...overrides };
}

describe('deprecation timeline model', () => {
  it('places bars from the deprecating version to the sunset on one axis that includes today', () => {
    const t = buildTimeline(
      [
        dep({ path: '/a', deprecatedSince: { version: '1.1.0', date: '2026-09-15T10:00:00.000Z' }, sunset: '2026-11-01', overdue: true }),
        dep({ api: 'billing', owner: null, path: '/b', deprecatedSince: { version: '2.0.0', date: '2026-10-01' }, sunset: '2027-02-01' }),
      ],
      '2026-11-28',
    );
    // Axis from the first of the earliest month to the month after the latest date.
    expect([t.from, t.to]).toEqual(['2026-09-01', '2027-03-01']);
    const span = daysBetween(t.from, t.to);
    expect(t.today).toBeCloseTo((daysBetween(t.from, '2026-11-28') / span) * 100, 5);
    expect(t.groups.map((g) => g.api)).toEqual(['orders', 'billing']);
    const [a] = t.groups[0]?.rows ?? [];
    expect(a?.left).toBeCloseTo((14 / span) * 100, 5);
    expect(a?.width).toBeCloseTo((daysBetween('2026-09-15', '2026-11-01') / span) * 100, 5);
    expect(a?.status).toBe('overdue');
    expect(a?.daysLeft).toBe(-27);
    expect(t.groups[1]?.rows[0]?.status).toBe('scheduled');
    expect(t.overdue).toBe(1);
    expect(t.total).toBe(2);
    // Monthly ticks; the first and January carry the year.
    expect(t.ticks.map((x) => x.label)).toEqual(['Sep 2026', 'Oct', 'Nov', 'Dec', 'Jan 2027', 'Feb', 'Mar']);
    expect(t.ticks[0]?.left).toBe(0);
    expect(t.ticks.at(-1)?.left).toBe(100);
  });

  it('runs a bar without a sunset to the end of the axis and marks one without a start at its sunset', () => {
    const t = buildTimeline(
      [
        dep({ path: '/soon', sunset: '2026-12-10' }),
        dep({ path: '/open', deprecatedSince: { version: '1.0.0', date: '2026-10-01' } }),
      ],
      '2026-11-28',
    );
    const [soon, open] = t.groups[0]?.rows ?? [];
    expect(soon?.status).toBe('soon');
    expect(soon?.openStart).toBe(true);
    expect(soon?.width).toBe(0);
    expect(open?.status).toBe('open');
    expect(open?.openEnd).toBe(true);
    expect((open?.left ?? 0) + (open?.width ?? 0)).toBeCloseTo(100, 5);
    expect(open?.daysLeft).toBeNull();
  });

  it('thins ticks to quarters or years on long spans and marks about five as major', () => {
    const long = buildTimeline([dep({ deprecatedSince: { version: '1', date: '2024-01-10' }, sunset: '2026-12-01' })], '2026-11-28');
    expect(long.ticks.every((x) => ['Jan', 'Apr', 'Jul', 'Oct'].some((m) => x.label.startsWith(m)))).toBe(true);
    expect(long.ticks.filter((x) => x.major).length).toBeLessThanOrEqual(6);
    const years = buildTimeline([dep({ deprecatedSince: { version: '1', date: '2020-01-10' }, sunset: '2027-12-01' })], '2026-11-28');
    expect(years.ticks.map((x) => x.label)).toContain('2024');
  });

  it('is at least two months wide with only today', () => {
    const t = buildTimeline([dep({})], '2026-11-28');
    expect([t.from, t.to]).toEqual(['2026-11-01', '2027-01-01']);
  });

  it('says how far a sunset is', () => {
    expect([relativeDays(0), relativeDays(1), relativeDays(12), relativeDays(-3)]).toEqual(['today', 'in 1 day', 'in 12 days', '3 days ago']);
  });
});
