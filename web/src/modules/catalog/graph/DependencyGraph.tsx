import { Background, Controls, Handle, MarkerType, Position, ReactFlow, type Edge, type Node, type NodeProps } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useMemo, useSyncExternalStore } from 'react';
import { Link, useNavigate } from 'react-router';
import { layoutGraph } from './graph-layout.js';
import type { GraphModel, GraphNode } from './graph-model.js';

// Drawn by React Flow, laid out by dagre. Only services are links (APIs and resources have
// no page yet). A plain list of the same edges follows the picture for keyboards and
// screen readers.

type EntityNodeData = { entity: GraphNode; vertical: boolean };
type EntityFlowNode = Node<EntityNodeData, 'entity'>;

function EntityNode({ data }: NodeProps<EntityFlowNode>) {
  const { entity, vertical } = data;
  return (
    <div className={`graph-node kind-${entity.kind}${entity.center ? ' center' : ''}${entity.known ? '' : ' unknown'}`}>
      <Handle type="target" position={vertical ? Position.Top : Position.Left} />
      <span className={`kind kind-${entity.kind}`}>{entity.kind}</span>
      <span className="graph-node-name" title={entity.name}>
        {entity.title ?? entity.name}
      </span>
      <Handle type="source" position={vertical ? Position.Bottom : Position.Right} />
    </div>
  );
}

const nodeTypes = { entity: EntityNode };

const EDGE_STYLE: Record<string, { strokeDasharray?: string; stroke: string }> = {
  sync: { stroke: '#475569' },
  async: { stroke: '#7c3aed', strokeDasharray: '6 4' },
  data: { stroke: '#0f766e', strokeDasharray: '2 3' },
};

export function serviceHref(node: GraphNode): string | undefined {
  return node.kind === 'service' ? `/catalog/services/${encodeURIComponent(node.name)}` : undefined;
}

const NARROW = '(max-width: 700px)';
function subscribeNarrow(onChange: () => void): () => void {
  const query = window.matchMedia(NARROW);
  query.addEventListener('change', onChange);
  return () => {
    query.removeEventListener('change', onChange);
  };
}
/** Phones get a top-to-bottom layout: a left-to-right chain would be drawn too small to read. */
function useNarrow(): boolean {
  return useSyncExternalStore(subscribeNarrow, () => window.matchMedia(NARROW).matches);
}

export default function DependencyGraph({ model, height = 420 }: { model: GraphModel; height?: number }) {
  const navigate = useNavigate();
  const vertical = useNarrow();
  const { nodes, edges } = useMemo(() => {
    const positions = new Map(layoutGraph(model, vertical ? 'TB' : 'LR').map((p) => [p.id, p]));
    const flowNodes: EntityFlowNode[] = model.nodes.map((n) => ({
      id: n.id,
      type: 'entity',
      position: { x: positions.get(n.id)?.x ?? 0, y: positions.get(n.id)?.y ?? 0 },
      data: { entity: n, vertical },
      draggable: false,
      connectable: false,
      ariaLabel: `${n.kind} ${n.name}`,
    }));
    const flowEdges: Edge[] = model.edges.map((e) => ({
      id: e.id,
      source: e.source,
      target: e.target,
      label: e.kind === 'sync' ? undefined : e.kind,
      style: EDGE_STYLE[e.kind] ?? EDGE_STYLE.sync,
      markerEnd: { type: MarkerType.ArrowClosed, color: (EDGE_STYLE[e.kind] ?? EDGE_STYLE.sync)?.stroke },
      focusable: false,
    }));
    return { nodes: flowNodes, edges: flowEdges };
  }, [model, vertical]);

  const byId = new Map(model.nodes.map((n) => [n.id, n]));
  const label = (id: string) => {
    const n = byId.get(id);
    if (!n) return id;
    const href = serviceHref(n);
    return href ? <Link to={href}>{n.name}</Link> : <span>{`${n.kind} ${n.name}`}</span>;
  };

  return (
    <div className="graph">
      <div className="graph-canvas" style={{ height }} data-testid="dependency-graph">
        <ReactFlow
          key={vertical ? 'tb' : 'lr'}
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          fitView
          fitViewOptions={{ padding: 0.15 }}
          minZoom={0.2}
          nodesDraggable={false}
          nodesConnectable={false}
          proOptions={{ hideAttribution: true }}
          onNodeClick={(_event, node: EntityFlowNode) => {
            const href = serviceHref(node.data.entity);
            if (href !== undefined && !node.data.entity.center) void navigate(href);
          }}
        >
          <Background gap={20} size={1} />
          <Controls showInteractive={false} />
        </ReactFlow>
      </div>
      <p className="legend">
        <span className="legend-sync">── sync call</span> <span className="legend-async">- - async message</span> <span className="legend-data">··· data store</span>
      </p>
      <details className="edge-list">
        <summary>
          {model.edges.length} dependencies as a list
        </summary>
        <ul>
          {model.edges.map((e) => (
            <li key={e.id}>
              {label(e.source)} → {label(e.target)} <span className="muted">({e.kind})</span>
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
