import type { SearchResult } from './types.js';

// Search hits as links. Pure, shared by the search box and the results page.

export type SearchKind = SearchResult['items'][number]['kind'];

export interface SearchHit {
  kind: SearchKind;
  name: string;
  title: string | undefined;
  href: string;
}

const SEGMENT: Record<SearchKind, string> = { service: 'services', team: 'teams', system: 'systems' };

export function hrefFor(kind: SearchKind, name: string): string {
  return `/catalog/${SEGMENT[kind]}/${encodeURIComponent(name)}`;
}

export function toSearchHits(result: SearchResult): SearchHit[] {
  return result.items.map((item) => ({
    kind: item.kind,
    name: item.name,
    title: item.title === null || item.title === '' ? undefined : item.title,
    href: hrefFor(item.kind, item.name),
  }));
}
