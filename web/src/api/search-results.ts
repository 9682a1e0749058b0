// Turns the search endpoint's answer into links. Pure, so the search box and the results
// page share it and tests can feed it real answers.

export type SearchKind = 'service' | 'team' | 'system';

export interface SearchHit {
  kind: SearchKind;
  name: string;
  title: string | undefined;
  href: string;
}

const KINDS: Record<string, SearchKind> = {
  service: 'service',
  services: 'service',
  component: 'service',
  team: 'team',
  teams: 'team',
  group: 'team',
  system: 'system',
  systems: 'system',
};

export function hrefFor(kind: SearchKind, name: string): string {
  const seg = kind === 'service' ? 'services' : kind === 'team' ? 'teams' : 'systems';
  return `/catalog/${seg}/${encodeURIComponent(name)}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toHit(item: unknown, fallbackKind?: SearchKind): SearchHit | undefined {
  if (!isRecord(item)) return undefined;
  const rawKind = typeof item.kind === 'string' ? item.kind : typeof item.type === 'string' ? item.type : undefined;
  const kind = rawKind !== undefined ? KINDS[rawKind.toLowerCase()] : fallbackKind;
  const name = typeof item.name === 'string' ? item.name : undefined;
  if (kind === undefined || name === undefined) return undefined;
  const title = typeof item.title === 'string' && item.title !== '' ? item.title : undefined;
  return { kind, name, title, href: hrefFor(kind, name) };
}

/** Accepts `{items: [...]}`, a bare array, or results grouped by kind (`{services, teams, systems}`). */
export function toSearchHits(body: unknown): SearchHit[] {
  const hits: SearchHit[] = [];
  const push = (items: unknown, kind?: SearchKind) => {
    if (!Array.isArray(items)) return;
    for (const item of items) {
      const hit = toHit(item, kind);
      if (hit) hits.push(hit);
    }
  };
  if (Array.isArray(body)) push(body);
  else if (isRecord(body)) {
    if (Array.isArray(body.items)) push(body.items);
    else if (Array.isArray(body.results)) push(body.results);
    else for (const [key, value] of Object.entries(body)) push(value, KINDS[key.toLowerCase()]);
  }
  return hits;
}
