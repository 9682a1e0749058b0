// ADRs and their relations as the graph draws them (GET /api/v1/adrs/graph: each stated
// relation once, in its forward kind).

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

/** The label an edge carries: "relates-to" reads better as "relates to". */
export const relationLabel = (kind: string): string => kind.replace(/-/g, ' ');
