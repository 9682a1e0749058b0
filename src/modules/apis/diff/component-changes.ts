import type { DocumentView } from './document-view.js';
import { deepEqual, isObject, objectAt, refsOf } from './json.js';
import { childPointer } from './pointer.js';

/**
 * Which reusable components (schemas, parameters, responses, request bodies, headers...)
 * are unchanged between the two documents, including everything they reference. This is
 * what keeps the diff fast: `$ref: X` against `$ref: X` with X unchanged is skipped, and an
 * operation whose text is identical and whose refs are all unchanged is skipped whole.
 *
 * Computed once: a component is changed when it differs structurally or is missing on a
 * side; the change then flows to every component that references it (a reverse-edge
 * search, so reference cycles are no problem). A ref into something other than a
 * component counts as changed (no shortcut, always correct).
 */
export class ComponentChanges {
  private readonly known = new Set<string>();
  private readonly changed = new Set<string>();
  /** Present on both sides and structurally different (before propagation). */
  private readonly different = new Set<string>();

  constructor(base: DocumentView, head: DocumentView) {
    const referrers = new Map<string, Set<string>>();
    const entries = new Map<string, { base: unknown; head: unknown }>();
    for (const [side, view] of [['base', base], ['head', head]] as const) {
      for (const [pointer, value] of componentEntries(view)) {
        const entry = entries.get(pointer) ?? { base: undefined, head: undefined };
        entries.set(pointer, side === 'base' ? { ...entry, base: value } : { ...entry, head: value });
      }
    }
    for (const pointer of entries.keys()) this.known.add(pointer);
    for (const [pointer, { base: b, head: h }] of entries) {
      if (b === undefined || h === undefined) this.changed.add(pointer);
      else if (!deepEqual(b, h)) {
        this.changed.add(pointer);
        this.different.add(pointer);
      }
      // Refs of the head side suffice: a ref only present in base makes the texts differ.
      if (h === undefined) continue;
      for (const ref of refsOf(h)) {
        const target = this.entryOf(ref);
        if (target === undefined) {
          this.changed.add(pointer);
          continue;
        }
        let set = referrers.get(target);
        if (!set) referrers.set(target, (set = new Set()));
        set.add(pointer);
      }
    }
    const queue = [...this.changed];
    for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
      for (const referrer of referrers.get(next) ?? []) {
        if (!this.changed.has(referrer)) {
          this.changed.add(referrer);
          queue.push(referrer);
        }
      }
    }
  }

  /** True when `ref` points into a component that is identical (transitively) on both sides. */
  unchanged(ref: string): boolean {
    const entry = this.entryOf(ref);
    return entry !== undefined && !this.changed.has(entry);
  }

  /** True when the component at `pointer` exists on both sides and its own text differs. */
  edited(pointer: string): boolean {
    return this.different.has(pointer);
  }

  /** True when every ref in the set is unchanged. */
  allUnchanged(refs: Iterable<string>): boolean {
    for (const ref of refs) if (!this.unchanged(ref)) return false;
    return true;
  }

  /** `#/components/schemas/Pet/properties/id` -> `#/components/schemas/Pet`, if known. */
  private entryOf(ref: string): string | undefined {
    if (!ref.startsWith('#/')) return undefined;
    // Try the deepest plausible entry first: components are 3 tokens deep, 2.0 ones 2.
    for (const depth of [3, 2]) {
      let index = 0;
      for (let i = 0; i <= depth && index !== -1; i++) index = ref.indexOf('/', index + 1);
      const candidate = ref.slice(0, index === -1 ? ref.length : index);
      if (this.known.has(candidate)) return candidate;
    }
    return undefined;
  }
}

const shared = new WeakMap<DocumentView, WeakMap<DocumentView, ComponentChanges>>();

/**
 * The component changes of a pair of views, computed once per pair: the engine and the
 * document-level checks (unused schema changed...) share the structural comparison.
 */
export function componentChangesOf(base: DocumentView, head: DocumentView): ComponentChanges {
  let byHead = shared.get(base);
  if (!byHead) shared.set(base, (byHead = new WeakMap()));
  let changes = byHead.get(head);
  if (!changes) byHead.set(head, (changes = new ComponentChanges(base, head)));
  return changes;
}

const CONTAINERS_3 = ['schemas', 'parameters', 'responses', 'requestBodies', 'headers', 'securitySchemes', 'examples', 'links', 'callbacks', 'pathItems'];
const CONTAINERS_2 = ['definitions', 'parameters', 'responses', 'securityDefinitions'];

function* componentEntries(view: DocumentView): Generator<[string, unknown]> {
  if (view.version === '2.0') {
    for (const container of CONTAINERS_2) {
      const object = objectAt(view.data, container);
      if (!object) continue;
      for (const [name, value] of Object.entries(object)) yield [childPointer(`#/${container}`, name), value];
    }
    return;
  }
  const components = objectAt(view.data, 'components');
  if (!isObject(components)) return;
  for (const container of CONTAINERS_3) {
    const object = objectAt(components, container);
    if (!object) continue;
    for (const [name, value] of Object.entries(object)) yield [childPointer(`#/components/${container}`, name), value];
  }
}
