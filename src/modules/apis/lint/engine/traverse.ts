import type { ParsedDocument, PathSegment } from '../../document/index.js';
import { isRecord, toPointer } from '../../document/index.js';
import type { FilterPredicate, FilterScope } from './jsonpath/filter-expression.js';
import { filterNeedsContainer, filterUsesParentProperty } from './jsonpath/filter-expression.js';
import type { Step } from './jsonpath/path.js';

/**
 * Called for every node a path matches: which path, the node's value and real location. The
 * path is valid during the call only (for a leaf it is the walk's own array): copy it to keep it.
 */
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
  /** 1 for a state of a path that follows `$ref`s (a resolved rule's path). */
  readonly follows: Uint8Array;
  readonly name: (string | undefined)[];
  readonly names: (ReadonlySet<string> | undefined)[];
  readonly predicate: (FilterPredicate | undefined)[];
  /** Whether some filter of a resolved path reads `@parentProperty` (then a `$ref` target's walk depends on the key it was reached by). */
  readonly keyMatters: boolean;
}

function buildAutomaton(paths: readonly (readonly Step[])[], resolved: readonly boolean[]): { automaton: Automaton; initial: number[] } {
  let count = 0;
  for (const steps of paths) count += steps.length;
  const kind = new Uint8Array(count);
  const deep = new Uint8Array(count);
  const last = new Uint8Array(count);
  const leaf = new Uint8Array(count);
  const pathOf = new Int32Array(count);
  const follows = new Uint8Array(count);
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
      follows[state] = resolved[pathIndex] === true ? 1 : 0;
      if (step.kind === 'wildcard') kind[state] = WILDCARD;
      else if (step.kind === 'filter') {
        kind[state] = FILTER;
        predicate[state] = step.predicate;
        if (resolved[pathIndex] === true && filterUsesParentProperty(step.predicate)) keyMatters = true;
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
  return { automaton: { count, kind, deep, last, leaf, pathOf, follows, name, names, predicate, keyMatters }, initial };
}

/** Which states of a node a step of the walk advances: all of them, or those of one kind of path. */
const ALL = 0, FOLLOWING = 1, LITERAL = 2;

/**
 * Runs every compiled path over ONE depth-first traversal of the document. Each path is an
 * automaton; a node carries the set of states (path, step) that reached it, and a child is
 * entered only when some state can still advance, so paths like `$.paths[*]` stop early while
 * `$..x` paths share a single walk.
 *
 * `resolved` says, per path (or for all), whether it follows `$ref`s. Paths of both kinds
 * share the walk: at a `$ref` object the states of resolved paths go on into its target
 * (lazily resolved, cycle-safe; a target already walked with the same states is not walked
 * again, since its findings would be identical: they are reported at the target's real
 * location) while the others go on into the `$ref` object itself. Each path sees exactly the
 * nodes, in the same order, as in a walk of its own kind alone.
 *
 * The state sets live on one shared stack (no allocation per node), and leaves only test the
 * states that complete a path.
 */
export function traverse(document: ParsedDocument, paths: readonly (readonly Step[])[], resolved: boolean | readonly boolean[], onMatch: OnMatch): void {
  const root = document.data;
  const resolvedOf = typeof resolved === 'boolean' ? paths.map(() => resolved) : resolved;
  const { automaton, initial } = buildAutomaton(paths, resolvedOf);
  const { kind, deep, last, leaf, pathOf, follows, name, names, predicate, keyMatters } = automaton;
  const anyFollows = resolvedOf.includes(true);
  /** Per `$ref` target (and key, when filters read it), the state sets it was walked with. */
  const walked = new Map<string, Int32Array[]>();
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

  /** Whether some state in [from, to) follows `$ref`s. */
  function someFollow(from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (follows[stack[i] ?? 0] === 1) return true;
    return false;
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
    scope.parent = parent;
    scope.parentProperty = parentKey;
    scope.base = path;
    if (typeof raw !== 'object' || raw === null) {
      // A leaf: only the states that complete a path can still do anything. Its path is the
      // walk's own array, extended for the call only (see OnMatch): leaves are most matches.
      for (let i = from; i < to; i++) {
        const state = stack[i] ?? 0;
        if (leaf[state] !== 1 || !matches(state, key, raw)) continue;
        path.push(key);
        onMatch(pathOf[state] ?? 0, raw, path, source);
        path.pop();
      }
      return;
    }
    if (anyFollows && !Array.isArray(raw)) {
      const ref = (raw as Record<string, unknown>)['$ref'];
      if (typeof ref === 'string' && someFollow(from, to)) {
        const resolution = document.resolveRef(ref, source);
        if (resolution.ok) {
          const target = resolution.target;
          let refKey = refKeys.get(target);
          if (refKey === undefined) {
            refKey = `${target.source}#${toPointer(target.path)}`;
            refKeys.set(target, refKey);
          }
          enterTarget(key, target.value, target.path, target.source, refKey, from, to);
          // The paths that do not follow `$ref`s see the `$ref` object itself (the walk of
          // the target has moved the filter scope: set it back).
          scope.parent = parent;
          scope.parentProperty = parentKey;
          scope.base = path;
          enter(key, raw, from, to, path, source, LITERAL);
          return;
        }
      }
    }
    enter(key, raw, from, to, path, source, ALL);
  }

  /** Advances the states in [from, to) (those `which` selects) into a container and walks it. */
  function enter(key: string | number, value: object, from: number, to: number, path: PathSegment[], source: string, which: number): void {
    generation++;
    const base = top;
    for (let i = from; i < to; i++) {
      const state = stack[i] ?? 0;
      if (which !== ALL && follows[state] !== (which === FOLLOWING ? 1 : 0)) continue;
      if (deep[state] === 1 && marks[state] !== generation) {
        marks[state] = generation;
        push(state);
      }
      if (!matches(state, key, value)) continue;
      if (last[state] === 1) {
        onMatch(pathOf[state] ?? 0, value, [...path, key], source);
      } else if (marks[state + 1] !== generation) {
        marks[state + 1] = generation;
        push(state + 1);
      }
    }
    if (top !== base) {
      path.push(key);
      visit(value, base, top, path, source, key);
      path.pop();
    }
    top = base;
  }

  /**
   * Whether the target named `target` was walked before with the states in [from, to), and
   * remembers them if not. The state sets of one target are compared as numbers: a `$ref` is
   * met thousands of times in a large document, and its target is walked once or twice.
   */
  function walkedBefore(target: string, from: number, to: number): boolean {
    let sets = walked.get(target);
    if (sets === undefined) {
      sets = [];
      walked.set(target, sets);
    }
    for (const set of sets) {
      if (set.length !== to - from) continue;
      let same = true;
      for (let i = 0; i < set.length && same; i++) same = set[i] === stack[from + i];
      if (same) return true;
    }
    sets.push(stack.slice(from, to));
    return false;
  }

  /** Advances the `$ref`-following states in [from, to) into a `$ref`'s target and walks it (once per state set); `targetPath` is the target's own path, copied before use. */
  function enterTarget(key: string | number, value: unknown, targetPath: readonly PathSegment[], targetSource: string, refKey: string, from: number, to: number): void {
    generation++;
    const base = top;
    for (let i = from; i < to; i++) {
      const state = stack[i] ?? 0;
      if (follows[state] !== 1) continue;
      if (deep[state] === 1 && marks[state] !== generation) {
        marks[state] = generation;
        push(state);
      }
      if (!matches(state, key, value)) continue;
      if (last[state] === 1) {
        onMatch(pathOf[state] ?? 0, value, [...targetPath], targetSource);
      } else if (marks[state + 1] !== generation) {
        marks[state + 1] = generation;
        push(state + 1);
      }
    }
    const end = top;
    if (end === base || typeof value !== 'object' || value === null || refStack.has(refKey)) {
      // Nothing to walk, a leaf target, or a cycle: the target is being walked above us.
      top = base;
      return;
    }
    if (walkedBefore(keyMatters ? `${refKey}|${String(key)}` : refKey, base, end)) {
      top = base;
      return;
    }
    refStack.add(refKey);
    visit(value, base, end, [...targetPath], targetSource, key);
    refStack.delete(refKey);
    top = base;
  }

  if (initial.length > 0) {
    for (const state of initial) push(state);
    visit(root, 0, top, [], document.source, undefined);
  }
}
