import { isObject } from './json.js';
import type { DocumentView } from './document-view.js';
import { pointerTokens } from './pointer.js';

/**
 * Which reusable schemas are unchanged between the two documents, including everything
 * they reference. Comparing `$ref: X` with `$ref: X` is skipped when X is unchanged, which
 * is most of a large document; this is what keeps the diff fast.
 *
 * Computed once: a schema is changed when its text differs or it is missing on a side;
 * the change then flows to every schema that references it (reverse-edge search, so
 * reference cycles are no problem).
 */
export class ComponentChanges {
  private readonly prefix: readonly string[];
  private readonly changed: ReadonlySet<string>;

  constructor(base: DocumentView, head: DocumentView) {
    this.prefix = pointerTokens(head.schemaComponentsPointer);
    const changed = new Set<string>();
    const referrers = new Map<string, Set<string>>();
    const names = new Set([...base.schemaComponents.keys(), ...head.schemaComponents.keys()]);
    for (const name of names) {
      const b = base.schemaComponents.get(name)?.value;
      const h = head.schemaComponents.get(name)?.value;
      if (b === undefined || h === undefined || JSON.stringify(b) !== JSON.stringify(h)) changed.add(name);
      for (const value of [b, h]) {
        for (const target of this.referencedNames(value)) {
          let set = referrers.get(target);
          if (!set) referrers.set(target, (set = new Set()));
          set.add(name);
        }
      }
    }
    const queue = [...changed];
    for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
      for (const referrer of referrers.get(next) ?? []) {
        if (!changed.has(referrer)) {
          changed.add(referrer);
          queue.push(referrer);
        }
      }
    }
    this.changed = changed;
  }

  /** True when `ref` names a reusable schema that is identical (transitively) on both sides. */
  unchanged(ref: string): boolean {
    const tokens = pointerTokens(ref);
    const name = this.nameOf(tokens);
    return name !== undefined && tokens.length === this.prefix.length + 1 && !this.changed.has(name);
  }

  private nameOf(tokens: readonly string[]): string | undefined {
    if (tokens.length <= this.prefix.length) return undefined;
    for (let i = 0; i < this.prefix.length; i++) if (tokens[i] !== this.prefix[i]) return undefined;
    return tokens[this.prefix.length];
  }

  private referencedNames(value: unknown): Set<string> {
    const names = new Set<string>();
    const stack: unknown[] = [value];
    while (stack.length > 0) {
      const node = stack.pop();
      const children: readonly unknown[] = Array.isArray(node) ? node : isObject(node) ? Object.values(node) : [];
      if (isObject(node) && typeof node.$ref === 'string' && node.$ref.startsWith('#')) {
        const name = this.nameOf(pointerTokens(node.$ref));
        if (name !== undefined) names.add(name);
      }
      for (const child of children) if (typeof child === 'object' && child !== null) stack.push(child);
    }
    return names;
  }
}
