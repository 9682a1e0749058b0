import type { Adr, AdrSummary } from '../architecture-api.js';

// ADRs and their relations as the graph draws them. Pure.
// Each detail lists a relation twice (supersedes on one record, superseded-by on the
// other), so only the forward kinds become edges, and a target outside the list still
// gets a node from the reference the relation carries.

export const FORWARD_KINDS = ['supersedes', 'amends', 'relates-to'] as const;

export interface AdrGraphNode {
  id: string;
  number: number;
  title: string;
  status: string;
}

export interface AdrGraphEdge {
  id: string;
  source: string;
  target: string;
  kind: string;
}

export interface AdrGraph {
  nodes: AdrGraphNode[];
  edges: AdrGraphEdge[];
}

export function toAdrGraph(summaries: readonly AdrSummary[], details: readonly Adr[]): AdrGraph {
  const nodes = new Map<string, AdrGraphNode>();
  for (const a of summaries) nodes.set(a.id, { id: a.id, number: a.number, title: a.title, status: a.status });
  const edges = new Map<string, AdrGraphEdge>();
  for (const d of details) {
    for (const r of d.relations) {
      if (!(FORWARD_KINDS as readonly string[]).includes(r.kind)) continue;
      if (!nodes.has(r.adr.id)) nodes.set(r.adr.id, { id: r.adr.id, number: r.adr.number, title: r.adr.title, status: r.adr.status });
      const id = `${d.id}->${r.adr.id}:${r.kind}`;
      edges.set(id, { id, source: d.id, target: r.adr.id, kind: r.kind });
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

/** The label an edge carries: "relates-to" reads better as "relates to". */
export const relationLabel = (kind: string): string => kind.replace(/-/g, ' ');
