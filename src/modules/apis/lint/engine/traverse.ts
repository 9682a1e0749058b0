import type { ParsedDocument, PathSegment } from '../../document/index.js';
import { isRecord, toPointer } from '../../document/index.js';
import type { FilterPredicate, FilterScope } from './jsonpath/filter-expression.js';
import { filterNeedsContainer, filterUsesParentProperty } from './jsonpath/filter-expression.js';
import type { Step } from './jsonpath/path.js';

/** Called for every node a path matches: which path, the node's value and real location. */
export type OnMatch = (pathIndex: number, value: unknown, path: readonly PathSegment[], source: string) => void;

const WILDCARD = 0, ONE_NAME = 1, NAMES = 2, FILTER = 3;

/** A mutable scope reused for every filter evaluation (filters run on most nodes). */
class Scope implements FilterScope {
  value: unknown;
  property: string | number | undefined;
  parentProperty: string | number | undefined;
  parent: unknown;
  root: unknown;
  base: readonly PathSegment[] = [];
  get path(): readonly PathSegment[] {
    return this.property === undefined ? this.base : [...this.base, this.property];
  }
}

/**
 * The automata of all paths, flattened: state `s` is one step of one path, and the states of a
 * path are consecutive, so "advance" is `s + 1`. Per-state facts live in typed arrays.
 */
interface Automaton {
  readonly count: number;
  readonly kind: Uint8Array;
  readonly deep: Uint8Array;
  readonly last: Uint8Array;
  /** 1 for a last step that can match a leaf (filters false on every leaf are 0). */
  readonly leaf: Uint8Array;
  readonly pathOf: Int32Array;
  readonly name: (string | undefined)[];
  readonly names: (ReadonlySet<string> | undefined)[];
  readonly predicate: (FilterPredicate | undefined)[];
  /** Whether some filter reads `@parentProperty` (then a `$ref` target's walk depends on the key it was reached by). */
  readonly keyMatters: boolean;
}

function buildAutomaton(paths: readonly (readonly Step[])[]): { automaton: Automaton; initial: number[] } {
  let count = 0;
  for (const steps of paths) count += steps.length;
  const kind = new Uint8Array(count);
  const deep = new Uint8Array(count);
  const last = new Uint8Array(count);
  const leaf = new Uint8Array(count);
  const pathOf = new Int32Array(count);
  const name: (string | undefined)[] = new Array<string | undefined>(count).fill(undefined);
  const names: (ReadonlySet<string> | undefined)[] = new Array<ReadonlySet<string> | undefined>(count).fill(undefined);
  const predicate: (FilterPredicate | undefined)[] = new Array<FilterPredicate | undefined>(count).fill(undefined);
  const initial: number[] = [];
  let keyMatters = false;
  let state = 0;
  paths.forEach((steps, pathIndex) => {
    if (steps.length > 0) initial.push(state);
    steps.forEach((step, i) => {
      deep[state] = step.deep ? 1 : 0;
      last[state] = i === steps.length - 1 ? 1 : 0;
      leaf[state] = last[state] === 1 && !(step.kind === 'filter' && filterNeedsContainer(step.predicate)) ? 1 : 0;
      pathOf[state] = pathIndex;
      if (step.kind === 'wildcard') kind[state] = WILDCARD;
      else if (step.kind === 'filter') {
        kind[state] = FILTER;
        predicate[state] = step.predicate;
        if (filterUsesParentProperty(step.predicate)) keyMatters = true;
      } else if (step.names.size === 1) {
        kind[state] = ONE_NAME;
        name[state] = step.names.values().next().value;
      } else {
        kind[state] = NAMES;
        names[state] = step.names;
      }
      state++;
    });
  });
  return { automaton: { count, kind, deep, last, leaf, pathOf, name, names, predicate, keyMatters }, initial };
}

/**
 * Runs every compiled path over ONE depth-first traversal of the document. Each path is an
 * automaton; a node carries the set of states (path, step) that reached it, and a child is
 * entered only when some state can still advance, so paths like `$.paths[*]` stop early while
 * `$..x` paths share a single walk. With `resolved`, `$ref`s are followed lazily (cycle-safe);
 * a target already walked with the same states is not walked again, since its findings would
 * be identical (they are reported at the target's real location).
 *
 * The state sets live on one shared stack (no allocation per node), and leaves only test the
 * states that complete a path.
 */
export function traverse(document: ParsedDocument, paths: readonly (readonly Step[])[], resolved: boolean, onMatch: OnMatch): void {
  const root = document.data;
  const { automaton, initial } = buildAutomaton(paths);
  const { kind, deep, last, leaf, pathOf, name, names, predicate, keyMatters } = automaton;
  const seen = new Set<string>();
  const refStack = new Set<string>();
  const scope = new Scope();
  // One key per resolved target (resolveRef returns the same cached object for the same ref).
  const refKeys = new WeakMap<object, string>();
  scope.root = root;
  const marks = new Int32Array(automaton.count + 1);
  let generation = 0;
  let stack = new Int32Array(Math.max(64, automaton.count * 8));
  let top = 0;

  paths.forEach((steps, index) => {
    if (steps.length === 0) onMatch(index, root, [], document.source);
  });

  function push(state: number): void {
    if (top === stack.length) {
      const grown = new Int32Array(stack.length * 2);
      grown.set(stack);
      stack = grown;
    }
    stack[top++] = state;
  }

  function matches(state: number, key: string | number, value: unknown): boolean {
    switch (kind[state]) {
      case WILDCARD:
        return true;
      case ONE_NAME:
        return typeof key === 'number' ? name[state] === String(key) : name[state] === key;
      case NAMES:
        return names[state]?.has(typeof key === 'number' ? String(key) : key) === true;
      default: {
        scope.value = value;
        scope.property = key;
        return predicate[state]?.(scope) === true;
      }
    }
  }

  function visit(node: unknown, from: number, to: number, path: PathSegment[], source: string, nodeKey: string | number | undefined): void {
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) child(node, i, node[i], from, to, path, source, nodeKey);
    } else if (isRecord(node)) {
      for (const key in node) child(node, key, node[key], from, to, path, source, nodeKey);
    }
  }

  function child(
    parent: unknown,
    key: string | number,
    raw: unknown,
    from: number,
    to: number,
    path: PathSegment[],
    source: string,
    parentKey: string | number | undefined,
  ): void {
    let value = raw;
    let targetPath: PathSegment[] | undefined;
    let targetSource = source;
    let refKey: string | undefined;
    const container = typeof raw === 'object' && raw !== null;
    if (resolved && container && !Array.isArray(raw)) {
      const ref = (raw as Record<string, unknown>)['$ref'];
      if (typeof ref === 'string') {
        const resolution = document.resolveRef(ref, source);
        if (resolution.ok) {
          value = resolution.target.value;
          targetPath = [...resolution.target.path];
          targetSource = resolution.target.source;
          refKey = refKeys.get(resolution.target);
          if (refKey === undefined) {
            refKey = `${targetSource}#${toPointer(resolution.target.path)}`;
            refKeys.set(resolution.target, refKey);
          }
        }
      }
    }
    scope.parent = parent;
    scope.parentProperty = parentKey;
    scope.base = path;
    const enter = typeof value === 'object' && value !== null;
    if (!enter) {
      // A leaf: only the states that complete a path can still do anything.
      for (let i = from; i < to; i++) {
        const state = stack[i] ?? 0;
        if (leaf[state] === 1 && matches(state, key, value)) onMatch(pathOf[state] ?? 0, value, targetPath ?? [...path, key], targetSource);
      }
      return;
    }
    generation++;
    const base = top;
    for (let i = from; i < to; i++) {
      const state = stack[i] ?? 0;
      if (deep[state] === 1 && marks[state] !== generation) {
        marks[state] = generation;
        push(state);
      }
      if (!matches(state, key, value)) continue;
      if (last[state] === 1) {
        onMatch(pathOf[state] ?? 0, value, targetPath ?? [...path, key], targetSource);
      } else if (marks[state + 1] !== generation) {
        marks[state + 1] = generation;
        push(state + 1);
      }
    }
    const end = top;
    if (end === base) return;
    if (refKey === undefined) {
      path.push(key);
      visit(value, base, end, path, source, key);
      path.pop();
      top = base;
      return;
    }
    if (refStack.has(refKey)) {
      top = base; // a cycle: the target is being walked above us
      return;
    }
    let memo = keyMatters ? `${refKey}|${String(key)}|` : `${refKey}|`;
    for (let i = base; i < end; i++) memo += `${String(stack[i])},`;
    if (seen.has(memo)) {
      top = base;
      return;
    }
    seen.add(memo);
    refStack.add(refKey);
    visit(value, base, end, targetPath ?? [], targetSource, key);
    refStack.delete(refKey);
    top = base;
  }

  if (initial.length > 0) {
    for (const state of initial) push(state);
    visit(root, 0, top, [], document.source, undefined);
  }
}
