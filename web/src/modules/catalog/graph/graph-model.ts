// The dependency graph as the page draws it, read from the graph endpoint's answer. Pure.

export interface GraphNode {
  id: string;
  kind: string;
  name: string;
  title: string | undefined;
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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(record: Record<string, unknown>, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const v = record[key];
    if (typeof v === 'string' && v !== '') return v;
  }
  return undefined;
}

/** `service:orders` → { kind: 'service', name: 'orders' }; a bare name is a service. */
function splitRef(ref: string): { kind: string; name: string } {
  const i = ref.indexOf(':');
  return i > 0 ? { kind: ref.slice(0, i), name: ref.slice(i + 1) } : { kind: 'service', name: ref };
}

/**
 * Builds the model from `{ nodes, edges }`. Nodes are identified by `id` (or `ref`), else by
 * `kind:name`; edges by `source`/`target` (or `from`/`to`), which may be ids or `kind:name`
 * references. Edges pointing at nodes that are not listed add those nodes.
 */
export function toGraphModel(body: unknown, centerName: string): GraphModel {
  const nodes = new Map<string, GraphNode>();
  const alias = new Map<string, string>();
  const root = isRecord(body) ? body : {};

  const rawNodes = Array.isArray(root.nodes) ? root.nodes : [];
  for (const raw of rawNodes) {
    if (!isRecord(raw)) continue;
    const kind = str(raw, 'kind', 'type') ?? 'service';
    const name = str(raw, 'name') ?? (str(raw, 'id', 'ref') !== undefined ? splitRef(str(raw, 'id', 'ref') ?? '').name : undefined);
    if (name === undefined) continue;
    const id = str(raw, 'id', 'ref') ?? `${kind}:${name}`;
    nodes.set(id, { id, kind, name, title: str(raw, 'title'), center: kind === 'service' && name === centerName });
    alias.set(`${kind}:${name}`, id);
    if (kind === 'service') alias.set(name, id);
  }

  const resolve = (ref: string, kindHint?: string): string => {
    const known = nodes.has(ref) ? ref : alias.get(ref) ?? (kindHint !== undefined ? alias.get(`${kindHint}:${ref}`) : undefined);
    if (known !== undefined) return known;
    const parsed = ref.includes(':') ? splitRef(ref) : { kind: kindHint ?? 'service', name: ref };
    const id = `${parsed.kind}:${parsed.name}`;
    nodes.set(id, { id, kind: parsed.kind, name: parsed.name, title: undefined, center: parsed.kind === 'service' && parsed.name === centerName });
    alias.set(ref, id);
    return id;
  };

  const edges: GraphEdge[] = [];
  const seen = new Set<string>();
  const rawEdges = Array.isArray(root.edges) ? root.edges : Array.isArray(root.dependencies) ? root.dependencies : [];
  for (const raw of rawEdges) {
    if (!isRecord(raw)) continue;
    const from = str(raw, 'source', 'from');
    const to = str(raw, 'target', 'to');
    if (from === undefined || to === undefined) continue;
    const source = resolve(from, 'service');
    const target = resolve(to, str(raw, 'targetKind'));
    const kind = str(raw, 'kind') ?? 'sync';
    const id = `${source}->${target}:${kind}`;
    if (seen.has(id)) continue;
    seen.add(id);
    edges.push({ id, source, target, kind });
  }

  if (![...nodes.values()].some((n) => n.center)) {
    const id = `service:${centerName}`;
    nodes.set(id, { id, kind: 'service', name: centerName, title: undefined, center: true });
  }
  return { nodes: [...nodes.values()], edges };
}
