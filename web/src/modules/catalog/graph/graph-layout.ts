import * as dagre from '@dagrejs/dagre';
import type { Graph } from '@dagrejs/graphlib';
import type { GraphModel } from './graph-model.js';

// Positions from dagre (layered, callers left of callees). No hand-made layout here.

// dagre 3.1.3 publishes types whose relative imports have no file extension, which NodeNext
// resolution cannot follow, so its exports arrive untyped. They are typed here once with
// dagre's documented signatures (graphlib's own types are fine).
/* eslint-disable @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-member-access */
const GraphCtor: new () => Graph = dagre.graphlib.Graph;
const runLayout: (g: Graph) => void = dagre.layout;
/* eslint-enable @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-member-access */

export const NODE_WIDTH = 190;
export const NODE_HEIGHT = 56;

export interface Positioned {
  id: string;
  x: number;
  y: number;
}

export function layoutGraph(model: GraphModel, direction: 'LR' | 'TB' = 'LR'): Positioned[] {
  const g = new GraphCtor();
  g.setGraph({ rankdir: direction, nodesep: 24, ranksep: 70, marginx: 16, marginy: 16 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const n of model.nodes) g.setNode(n.id, { width: NODE_WIDTH, height: NODE_HEIGHT });
  for (const e of model.edges) g.setEdge(e.source, e.target);
  runLayout(g);
  return model.nodes.map((n) => {
    const placed: unknown = g.node(n.id);
    const x = typeof placed === 'object' && placed !== null && 'x' in placed && typeof placed.x === 'number' ? placed.x : 0;
    const y = typeof placed === 'object' && placed !== null && 'y' in placed && typeof placed.y === 'number' ? placed.y : 0;
    // dagre gives centres; React Flow wants top-left corners.
    return { id: n.id, x: x - NODE_WIDTH / 2, y: y - NODE_HEIGHT / 2 };
  });
}
