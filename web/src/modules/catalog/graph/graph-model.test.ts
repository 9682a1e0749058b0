import { describe, expect, it } from 'vitest';
import { layoutGraph, NODE_WIDTH } from './graph-layout.js';
import { toGraphModel } from './graph-model.js';

const graph = {
  root: 'web-shop',
  depth: 2,
  nodes: [
    { kind: 'service' as const, name: 'web-shop', title: 'Web shop', known: true, depth: 0 },
    { kind: 'service' as const, name: 'mobile-bff', title: null, known: true, depth: 1 },
    { kind: 'service' as const, name: 'checkout-api', title: null, known: true, depth: 1 },
    { kind: 'resource' as const, name: 'artists-db', title: null, known: false, depth: 2 },
  ],
  edges: [
    { source: 'mobile-bff', targetKind: 'service' as const, target: 'web-shop', kind: 'sync' as const },
    { source: 'web-shop', targetKind: 'service' as const, target: 'checkout-api', kind: 'sync' as const },
    { source: 'checkout-api', targetKind: 'resource' as const, target: 'artists-db', kind: 'data' as const },
    // A target the node list left out, and a service and an API sharing a name.
    { source: 'checkout-api', targetKind: 'api' as const, target: 'checkout-api', kind: 'sync' as const },
  ],
};

describe('dependency graph model', () => {
  const model = toGraphModel(graph);

  it('keys nodes by kind and name, marks the root, adds targets missing from the node list', () => {
    expect(model.nodes.map((n) => n.id).sort()).toEqual(['api:checkout-api', 'resource:artists-db', 'service:checkout-api', 'service:mobile-bff', 'service:web-shop']);
    expect(model.nodes.filter((n) => n.center).map((n) => n.id)).toEqual(['service:web-shop']);
    expect(model.nodes.find((n) => n.id === 'service:web-shop')?.title).toBe('Web shop');
    expect(model.nodes.find((n) => n.id === 'resource:artists-db')?.known).toBe(false);
    expect(model.edges.map((e) => `${e.source}>${e.target}`)).toContain('service:checkout-api>api:checkout-api');
  });

  it('is laid out by dagre in layers: callers left of the root, callees right', () => {
    const x = new Map(layoutGraph(model).map((p) => [p.id, p.x]));
    const at = (id: string) => x.get(id) ?? Number.NaN;
    expect(at('service:mobile-bff')).toBeLessThan(at('service:web-shop'));
    expect(at('service:web-shop')).toBeLessThan(at('service:checkout-api'));
    expect(at('service:checkout-api') + NODE_WIDTH).toBeLessThanOrEqual(at('resource:artists-db'));
    const y = new Map(layoutGraph(model, 'TB').map((p) => [p.id, p.y]));
    expect(y.get('service:mobile-bff') ?? 0).toBeLessThan(y.get('service:web-shop') ?? 0);
  });
});
