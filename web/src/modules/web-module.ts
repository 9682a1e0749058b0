import type { RouteObject } from 'react-router';

/**
 * A product module's part of the UI. Adding a module's pages is one new file,
 * `web/src/modules/<id>/module.ts(x)` default-exporting one of these; the navigation and
 * the router find it (see registry.ts) and its "coming" placeholder disappears.
 */
export interface WebModule {
  /** Must match an id in PLANNED_MODULES to take that place in the navigation. */
  id: string;
  label: string;
  /** Top-level URL segment, e.g. "catalog" for /catalog/... */
  path: string;
  /** Routes under /<path>; an index route is the module's landing page. */
  routes: RouteObject[];
  /** Sub-pages shown as tabs and in the navigation under the module. */
  sections?: { label: string; to: string }[];
}

export interface NavEntry {
  id: string;
  label: string;
  path: string;
  status: 'ready' | 'coming';
  sections: { label: string; to: string }[];
}

/** Every module the product will have, in navigation order (see docs/product.md). */
export const PLANNED_MODULES: readonly { id: string; label: string }[] = [
  { id: 'catalog', label: 'Catalog' },
  { id: 'architecture', label: 'Architecture' },
  { id: 'apis', label: 'APIs' },
  { id: 'readiness', label: 'Readiness' },
  { id: 'reliability', label: 'Reliability' },
  { id: 'incidents', label: 'Incidents' },
  { id: 'delivery', label: 'Delivery' },
  { id: 'debt', label: 'Debt' },
];

/** Planned modules in order, each ready when its module file exists; unplanned ones follow. */
export function buildNav(planned: readonly { id: string; label: string }[], found: readonly WebModule[]): NavEntry[] {
  const byId = new Map(found.map((m) => [m.id, m]));
  const entries: NavEntry[] = planned.map((p) => {
    const m = byId.get(p.id);
    return m
      ? { id: m.id, label: m.label, path: `/${m.path}`, status: 'ready', sections: m.sections ?? [] }
      : { id: p.id, label: p.label, path: `/${p.id}`, status: 'coming', sections: [] };
  });
  const plannedIds = new Set(planned.map((p) => p.id));
  for (const m of found) {
    if (!plannedIds.has(m.id)) entries.push({ id: m.id, label: m.label, path: `/${m.path}`, status: 'ready', sections: m.sections ?? [] });
  }
  return entries;
}
