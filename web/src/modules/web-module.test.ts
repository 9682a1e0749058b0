import { describe, expect, it } from 'vitest';
import { navEntries, webModules } from './registry.js';
import { buildNav, PLANNED_MODULES, type WebModule } from './web-module.js';

describe('module navigation', () => {
  it('shows every planned module in order: those with a module file ready, the rest coming', () => {
    expect(navEntries.map((n) => n.label)).toEqual(['Catalog', 'Architecture', 'APIs', 'Readiness', 'Reliability', 'Incidents', 'Delivery', 'Debt']);
    const sorted = (ids: string[]) => [...ids].sort((a, b) => a.localeCompare(b));
    expect(sorted(navEntries.filter((n) => n.status === 'ready').map((n) => n.id))).toEqual(sorted(webModules.map((m) => m.id)));
    expect(navEntries.find((n) => n.id === 'catalog')?.status).toBe('ready');
  });

  it('turns a planned module ready as soon as its module file exists', () => {
    const readiness: WebModule = { id: 'readiness', label: 'Readiness', path: 'readiness', routes: [] };
    const nav = buildNav(PLANNED_MODULES, [readiness]);
    expect(nav.find((n) => n.id === 'readiness')).toMatchObject({ status: 'ready', path: '/readiness' });
    expect(nav.find((n) => n.id === 'catalog')?.status).toBe('coming');
  });
});
