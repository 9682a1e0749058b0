import { parsePointer, valueAt } from '../document/index.js';
import { stringAt } from './json.js';

/** A node of a document together with where it lives (after following `$ref`s). */
export interface Node {
  readonly value: unknown;
  readonly pointer: string;
}

const MAX_HOPS = 64;

/**
 * Follows `$ref`s lazily with a cache. The lookup itself is the shared document model's:
 * its cached `resolveRef` (local and relative-file refs, chains, cycles) when the source
 * comes from it, else its JSON-pointer reading (`parsePointer` + `valueAt`) on plain data.
 * Chains are followed up to a bound and a ref loop resolves to nothing instead of hanging.
 * Unresolvable refs are left as they are (the node stays a `$ref` object, which the checks
 * treat as opaque).
 */
export class Resolver {
  private readonly root: unknown;
  private readonly external: ((ref: string) => Node | undefined) | undefined;
  private readonly cache = new Map<string, Node | null>();

  constructor(root: unknown, external?: (ref: string) => Node | undefined) {
    this.root = root;
    this.external = external;
  }

  /** The node a `$ref` string points to, or undefined when it cannot be resolved. */
  target(ref: string): Node | undefined {
    const cached = this.cache.get(ref);
    if (cached !== undefined) return cached ?? undefined;
    const found = this.external ? this.external(ref) : this.local(ref);
    this.cache.set(ref, found ?? null);
    return found;
  }

  /** Follows `node` through any chain of `$ref`s. */
  resolve(node: Node): Node {
    let current = node;
    for (let hop = 0; hop < MAX_HOPS; hop++) {
      const ref = stringAt(current.value, '$ref');
      if (ref === undefined || (!this.external && !ref.startsWith('#'))) return current;
      const next = this.target(ref);
      if (next === undefined) return current;
      current = next;
    }
    return current;
  }

  /** A local `#/...` ref in plain data (no document model: tests, in-memory uploads). */
  private local(ref: string): Node | undefined {
    if (!ref.startsWith('#')) return undefined;
    const path = parsePointer(ref.slice(1));
    const value = path === undefined ? undefined : valueAt(this.root, path);
    return value === undefined ? undefined : { value, pointer: ref };
  }
}
