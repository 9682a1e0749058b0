import { Background, Controls, Handle, MarkerType, Position, ReactFlow, type Edge, type Node, type NodeProps } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router';
import { layoutGraph, NODE_HEIGHT, NODE_WIDTH } from '../../catalog/graph/graph-layout.js';
import { relationLabel, type AdrGraph as AdrGraphModel, type AdrGraphNode } from './adr-graph-model.js';

// Drawn by React Flow, laid out by the catalog graph's dagre helper (same node box).
// Each node holds a real link, so Tab reaches it and Enter opens the ADR; a click
// anywhere on the box does the same. The edges also follow as a plain list.

const STATUS_COLOUR: Record<string, string> = {
  proposed: '#b45309',
  accepted: '#15803d',
  rejected: '#b91c1c',
  deprecated: '#6b7280',
  superseded: '#6b7280',
};
const colourOf = (status: string): string => STATUS_COLOUR[status] ?? '#475569';

export const adrHref = (id: string): string => `/architecture/adrs/${encodeURIComponent(id)}`;
const nameOf = (n: AdrGraphNode): string => `${n.number}. ${n.title}`;

type AdrFlowNode = Node<{ adr: AdrGraphNode }, 'adr'>;

function AdrNode({ data }: NodeProps<AdrFlowNode>) {
  const { adr } = data;
  const colour = colourOf(adr.status);
  return (
    <div className={`graph-node adr-status-${adr.status}`} style={{ borderLeft: `5px solid ${colour}` }}>
      <Handle type="target" position={Position.Left} />
      <span style={{ color: colour, fontSize: '0.75rem' }}>{adr.status}</span>
      <Link className="graph-node-name nodrag" to={adrHref(adr.id)} title={nameOf(adr)}>
        {nameOf(adr)}
      </Link>
      <Handle type="source" position={Position.Right} />
    </div>
  );
}

const nodeTypes = { adr: AdrNode };

export default function AdrGraph({ graph, height = 520 }: { graph: AdrGraphModel; height?: number }) {
  const navigate = useNavigate();
  const { nodes, edges } = useMemo(() => {
    // The layout helper takes the catalog's model; only ids and edges matter to it.
    const positions = new Map(
      layoutGraph({
        nodes: graph.nodes.map((n) => ({ id: n.id, kind: 'adr', name: n.id, title: n.title, known: true, center: false })),
        edges: graph.edges,
      }).map((p) => [p.id, p]),
    );
    const flowNodes: AdrFlowNode[] = graph.nodes.map((n) => ({
      id: n.id,
      type: 'adr',
      position: { x: positions.get(n.id)?.x ?? 0, y: positions.get(n.id)?.y ?? 0 },
      // Known size and handles: edges can be drawn before (or without) the DOM being measured.
      width: NODE_WIDTH,
      height: NODE_HEIGHT,
      handles: [
        { type: 'target', position: Position.Left, x: 0, y: NODE_HEIGHT / 2, width: 1, height: 1 },
        { type: 'source', position: Position.Right, x: NODE_WIDTH, y: NODE_HEIGHT / 2, width: 1, height: 1 },
      ],
      data: { adr: n },
      draggable: false,
      connectable: false,
    }));
    const flowEdges: Edge[] = graph.edges.map((e) => ({
      id: e.id,
      source: e.source,
      target: e.target,
      label: relationLabel(e.kind),
      style: e.kind === 'relates-to' ? { stroke: '#64748b', strokeDasharray: '6 4' } : { stroke: '#334155' },
      markerEnd: { type: MarkerType.ArrowClosed },
      focusable: false,
    }));
    return { nodes: flowNodes, edges: flowEdges };
  }, [graph]);

  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const link = (id: string) => {
    const n = byId.get(id);
    return <Link to={adrHref(id)}>{n ? nameOf(n) : id}</Link>;
  };

  return (
    <div className="graph">
      <div className="graph-canvas" style={{ height }} data-testid="adr-graph">
        <ReactFlow
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          fitView
          fitViewOptions={{ padding: 0.15 }}
          minZoom={0.1}
          nodesDraggable={false}
          nodesConnectable={false}
          nodesFocusable={false}
          edgesFocusable={false}
          proOptions={{ hideAttribution: true }}
          onNodeClick={(_event, node: AdrFlowNode) => {
            void navigate(adrHref(node.id));
          }}
        >
          <Background gap={20} size={1} />
          <Controls showInteractive={false} />
        </ReactFlow>
      </div>
      <p className="legend">
        {Object.entries(STATUS_COLOUR).map(([status, colour]) => (
          <span key={status} style={{ color: colour, marginRight: '0.8em' }}>
            ▌{status}
          </span>
        ))}
        <span>── supersedes / amends</span> <span>- - relates to</span>
      </p>
      <details className="edge-list">
        <summary>{graph.edges.length} {graph.edges.length === 1 ? 'relation' : 'relations'} as a list</summary>
        <ul>
          {graph.edges.map((e) => (
            <li key={e.id}>
              {link(e.source)} <span className="muted">{relationLabel(e.kind)}</span> {link(e.target)}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
