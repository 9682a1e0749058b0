import type { CheckOfKind, Finding, SchemaScope } from './check.js';
import type { ComponentChanges } from './component-changes.js';
import type { DocumentView } from './document-view.js';
import { deepEqual, refsOf, stringAt } from './json.js';
import type { Node } from './resolver.js';
import type { SchemaView } from './schema-view.js';

type SchemaCheck = CheckOfKind<'schema'>;

/** A finding of a schema check, with the property path from the compared root. */
export interface SchemaFinding {
  readonly check: SchemaCheck;
  readonly path: readonly string[];
  readonly base: string;
  readonly head: string;
  readonly finding: Finding;
}

type Memo = WeakMap<object, WeakMap<object, readonly SchemaFinding[]>>;

const NONE: readonly SchemaFinding[] = [];

/**
 * Compares two schemas recursively (properties, items, additionalProperties, oneOf/anyOf
 * branches; allOf is merged by the views) and runs the schema checks of one scope at each
 * pair of nodes.
 *
 * - Results are memoised per (base node, head node, scope): a shared component used by
 *   200 operations is compared once, then reported per operation by the engine.
 * - A pair already being compared further up (a reference cycle) contributes nothing the
 *   second time, so recursive schemas terminate.
 * - `$ref: X` against `$ref: X` with X unchanged (transitively) is skipped outright.
 */
export class SchemaComparer {
  private readonly base: DocumentView;
  private readonly head: DocumentView;
  private readonly components: ComponentChanges;
  private readonly checks: ReadonlyMap<SchemaScope, readonly SchemaCheck[]>;
  private readonly memo = new Map<SchemaScope, Memo>();
  private readonly active = new Set<string>();

  constructor(base: DocumentView, head: DocumentView, components: ComponentChanges, checks: readonly SchemaCheck[]) {
    this.base = base;
    this.head = head;
    this.components = components;
    const byScope = new Map<SchemaScope, SchemaCheck[]>();
    for (const check of checks) {
      for (const scope of check.scopes) {
        const list = byScope.get(scope) ?? [];
        list.push(check);
        byScope.set(scope, list);
      }
    }
    this.checks = byScope;
  }

  compare(baseNode: Node, headNode: Node, scope: SchemaScope): readonly SchemaFinding[] {
    const checks = this.checks.get(scope);
    if (!checks) return NONE;
    const baseRef = stringAt(baseNode.value, '$ref');
    if (baseRef !== undefined && baseRef === stringAt(headNode.value, '$ref') && this.components.unchanged(baseRef)) return NONE;
    const b = this.base.resolver.resolve(baseNode);
    const h = this.head.resolver.resolve(headNode);
    if (typeof b.value !== 'object' || b.value === null || typeof h.value !== 'object' || h.value === null) return NONE;
    let memo = this.memo.get(scope);
    if (!memo) this.memo.set(scope, (memo = new WeakMap()));
    let inner = memo.get(b.value);
    if (!inner) memo.set(b.value, (inner = new WeakMap()));
    const cached = inner.get(h.value);
    if (cached) return cached;
    // The same text referencing only unchanged components: no check can find anything.
    if (deepEqual(b.value, h.value) && this.components.allUnchanged(refsOf(h.value))) {
      inner.set(h.value, NONE);
      return NONE;
    }
    const key = `${scope} ${b.pointer} ${h.pointer}`;
    if (this.active.has(key)) return NONE;
    this.active.add(key);
    let result: readonly SchemaFinding[];
    try {
      result = this.compareViews(this.base.schemas.view(b), this.head.schemas.view(h), scope, checks);
    } finally {
      this.active.delete(key);
    }
    inner.set(h.value, result);
    return result;
  }

  private compareViews(b: SchemaView, h: SchemaView, scope: SchemaScope, checks: readonly SchemaCheck[]): readonly SchemaFinding[] {
    const out: SchemaFinding[] = [];
    for (const check of checks) {
      for (const finding of check.check(b, h, scope)) {
        out.push({
          check,
          path: finding.property !== undefined ? [finding.property] : [],
          base: finding.base ?? b.pointer,
          head: finding.head ?? h.pointer,
          finding,
        });
      }
    }
    const nested = (bn: Node | undefined, hn: Node | undefined, segment: string | undefined): void => {
      if (!bn || !hn) return;
      for (const child of this.compare(bn, hn, scope)) {
        out.push(segment === undefined ? child : { ...child, path: [segment, ...child.path] });
      }
    };
    for (const [name, bp] of b.properties) {
      const hp = h.properties.get(name);
      if (!hp) continue;
      // A client never sends read-only properties nor reads write-only ones.
      if (scope === 'request-body' && (this.base.schemas.view(bp).readOnly || this.head.schemas.view(hp).readOnly)) continue;
      if (scope === 'response-body' && (this.base.schemas.view(bp).writeOnly || this.head.schemas.view(hp).writeOnly)) continue;
      nested(bp, hp, name);
    }
    nested(b.items, h.items, 'items');
    if (b.additionalProperties !== false && h.additionalProperties !== false) nested(b.additionalProperties, h.additionalProperties, 'additionalProperties');
    for (const key of ['oneOf', 'anyOf'] as const) {
      const heads = new Map(h[key].map((node, index) => [branchKey(node, index), node]));
      b[key].forEach((node, index) => {
        nested(node, heads.get(branchKey(node, index)), undefined);
      });
    }
    return out;
  }
}

/** Branches are paired by the schema they reference, else by position. */
export function branchKey(node: Node, index: number): string {
  return stringAt(node.value, '$ref') ?? `#${index}`;
}
