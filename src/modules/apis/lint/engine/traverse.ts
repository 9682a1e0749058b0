import type { ParsedDocument, PathSegment } from '../../document/index.js';
import { isRecord, toPointer } from '../../document/index.js';
import type { FilterScope } from './jsonpath/filter-expression.js';
import type { Step } from './jsonpath/path.js';

/** Called for every node a path matches: which path, the node's value and real location. */
export type OnMatch = (pathIndex: number, value: unknown, path: readonly PathSegment[], source: string) => void;

const STRIDE = 256;

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
 * Runs every compiled path over ONE depth-first traversal of the document. Each path is an
 * automaton; a node carries the set of states (path, step) that reached it, and a child is
 * entered only when some state can still advance, so paths like `$.paths[*]` stop early while
 * `$..x` paths share a single walk. With `resolved`, `$ref`s are followed lazily (cycle-safe);
 * a target already walked with the same states is not walked again, since its findings would
 * be identical (they are reported at the target's real location).
 */
export function traverse(document: ParsedDocument, paths: readonly (readonly Step[])[], resolved: boolean, onMatch: OnMatch): void {
  if (paths.length >= STRIDE * 1024) throw new Error('too many JSONPath expressions');
  const root = document.data;
  const seen = new Set<string>();
  const refStack = new Set<string>();
  const scope = new Scope();
  // One key per resolved target (resolveRef returns the same cached object for the same ref).
  const refKeys = new WeakMap<object, string>();
  scope.root = root;
  const marks = new Int32Array(paths.length * STRIDE);
  let generation = 0;

  const initial: number[] = [];
  paths.forEach((steps, index) => {
    if (steps.length === 0) onMatch(index, root, [], document.source);
    else initial.push(index * STRIDE);
  });

  const stepOf = (state: number): Step | undefined => paths[Math.floor(state / STRIDE)]?.[state % STRIDE];

  function matches(step: Step, key: string | number, value: unknown): boolean {
    switch (step.kind) {
      case 'wildcard':
        return true;
      case 'names':
        return step.names.has(typeof key === 'number' ? String(key) : key);
      case 'filter':
        scope.value = value;
        scope.property = key;
        return step.predicate(scope);
    }
  }

  function visit(node: unknown, states: readonly number[], path: PathSegment[], source: string, nodeKey: string | number | undefined): void {
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) child(node, i, node[i], states, path, source, nodeKey);
    } else if (isRecord(node)) {
      for (const key in node) child(node, key, node[key], states, path, source, nodeKey);
    }
  }

  function child(
    parent: unknown,
    key: string | number,
    raw: unknown,
    states: readonly number[],
    path: PathSegment[],
    source: string,
    parentKey: string | number | undefined,
  ): void {
    let value = raw;
    let targetPath: PathSegment[] | undefined;
    let targetSource = source;
    let refKey: string | undefined;
    if (resolved && isRecord(raw) && typeof raw['$ref'] === 'string') {
      const resolution = document.resolveRef(raw['$ref'], source);
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
    scope.parent = parent;
    scope.parentProperty = parentKey;
    scope.base = path;
    generation++;
    const next: number[] = [];
    for (const state of states) {
      const step = stepOf(state);
      if (step === undefined) continue;
      if (step.deep && marks[state] !== generation) {
        marks[state] = generation;
        next.push(state);
      }
      if (!matches(step, key, value)) continue;
      const advanced = state + 1;
      const pathIndex = Math.floor(state / STRIDE);
      if (advanced % STRIDE === paths[pathIndex]?.length) {
        onMatch(pathIndex, value, targetPath ?? [...path, key], targetSource);
      } else if (marks[advanced] !== generation) {
        marks[advanced] = generation;
        next.push(advanced);
      }
    }
    if (next.length === 0 || typeof value !== 'object' || value === null) return;
    if (refKey === undefined) {
      path.push(key);
      visit(value, next, path, source, key);
      path.pop();
      return;
    }
    if (refStack.has(refKey)) return; // a cycle: the target is being walked above us
    const memo = `${refKey}|${String(key)}|${next.join(',')}`;
    if (seen.has(memo)) return;
    seen.add(memo);
    refStack.add(refKey);
    visit(value, next, targetPath ?? [], targetSource, key);
    refStack.delete(refKey);
  }

  if (initial.length > 0) visit(root, initial, [], document.source, undefined);
}
