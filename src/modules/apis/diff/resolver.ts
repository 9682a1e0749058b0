import { isObject, stringAt } from './json.js';
import { pointerTokens } from './pointer.js';

/** A node of a document together with where it lives (after following `$ref`s). */
export interface Node {
  readonly value: unknown;
  readonly pointer: string;
}

const MAX_HOPS = 64;

/**
 * Follows local `$ref`s (`#/...`) lazily with a cache. Chains of refs are followed up to a
 * bound and a ref loop resolves to nothing instead of hanging. External refs are left
 * as they are (the node stays a `$ref` object, which the checks treat as opaque).
 */
export class Resolver {
  private readonly root: unknown;
  private readonly external: ((ref: string) => Node | undefined) | undefined;
  private readonly cache = new Map<string, Node | null>();

  constructor(root: unknown, external?: (ref: string) => Node | undefined) {
    this.root = root;
    this.external = external;
  }

  /** The node a `$ref` string points to, or undefined when it does not exist locally. */
  target(ref: string): Node | undefined {
    const cached = this.cache.get(ref);
    if (cached !== undefined) return cached ?? undefined;
    const found = this.external ? this.external(ref) : this.lookup(ref);
    this.cache.set(ref, found ?? null);
    return found;
  }

  /** Follows `node` through any chain of local `$ref`s. */
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

  private lookup(ref: string): Node | undefined {
    if (!ref.startsWith('#')) return undefined;
    let value: unknown = this.root;
    for (const token of pointerTokens(ref)) {
      if (Array.isArray(value)) value = value[Number(token)];
      else if (isObject(value)) value = value[token];
      else return undefined;
      if (value === undefined) return undefined;
    }
    return { value, pointer: ref };
  }
}
