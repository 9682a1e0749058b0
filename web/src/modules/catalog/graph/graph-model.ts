import type { Graph } from '../../../api/types.js';

// The dependency graph as the page draws it: node ids that are unique across kinds
// (a service and an API may share a name). Pure.

export interface GraphNode {
  id: string;
  kind: string;
  name: string;
  title: string | undefined;
  known: boolean;
  center: boolean;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  kind: string;
}

export interface GraphModel {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export const nodeId = (kind: string, name: string): string => `${kind}:${name}`;

export function toGraphModel(graph: Graph): GraphModel {
  const nodes = new Map<string, GraphNode>();
  const add = (kind: string, name: string, title: string | null, known: boolean) => {
    const id = nodeId(kind, name);
    if (!nodes.has(id)) nodes.set(id, { id, kind, name, title: title ?? undefined, known, center: kind === 'service' && name === graph.root });
    return id;
  };
  add('service', graph.root, null, true);
  for (const n of graph.nodes) {
    const id = nodeId(n.kind, n.name);
    const existing = nodes.get(id);
    if (existing) {
      existing.title = n.title ?? existing.title;
      existing.known = n.known;
    } else add(n.kind, n.name, n.title, n.known);
  }
  const edges: GraphEdge[] = [];
  const seen = new Set<string>();
  for (const e of graph.edges) {
    // Edges may name nodes the node list left out (an unresolved target): draw them anyway.
    const source = add('service', e.source, null, true);
    const target = add(e.targetKind, e.target, null, false);
    const id = `${source}->${target}:${e.kind}`;
    if (seen.has(id)) continue;
    seen.add(id);
    edges.push({ id, source, target, kind: e.kind });
  }
  return { nodes: [...nodes.values()], edges };
}
