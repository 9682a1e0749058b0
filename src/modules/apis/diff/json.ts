/** Narrowing helpers for untyped parsed documents (no casts in the engine). */

export type JsonObject = Readonly<Record<string, unknown>>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function objectAt(value: unknown, key: string): JsonObject | undefined {
  if (!isObject(value)) return undefined;
  const child = value[key];
  return isObject(child) ? child : undefined;
}

export function stringAt(value: unknown, key: string): string | undefined {
  if (!isObject(value)) return undefined;
  const child = value[key];
  return typeof child === 'string' ? child : undefined;
}

export function numberAt(value: unknown, key: string): number | undefined {
  if (!isObject(value)) return undefined;
  const child = value[key];
  return typeof child === 'number' && Number.isFinite(child) ? child : undefined;
}

export function arrayAt(value: unknown, key: string): readonly unknown[] | undefined {
  if (!isObject(value)) return undefined;
  const child = value[key];
  return Array.isArray(child) ? child : undefined;
}

export function isTrue(value: unknown, key: string): boolean {
  return isObject(value) && value[key] === true;
}

/** A stable text form of a JSON value for equality and messages (keys sorted). */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (!isObject(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(v).sort()) sorted[key] = v[key];
    return sorted;
  });
}

/** Short human form of a value inside a message. */
export function show(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/**
 * Structural equality of two parsed JSON values, stopping at the first difference and
 * allocating nothing (the fast path of the diff compares most of two large documents).
 * Beyond a nesting depth no JSON document reaches (only a cyclic YAML alias would), the
 * values are reported unequal, which is the safe answer.
 */
export function deepEqual(a: unknown, b: unknown, depth = 0): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || depth > 512) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i], depth + 1)) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  if (keysA.length !== Object.keys(b).length) return false;
  for (const key of keysA) {
    if (!Object.hasOwn(b, key) || !deepEqual(Reflect.get(a, key), Reflect.get(b, key), depth + 1)) return false;
  }
  return true;
}

const refsCache = new WeakMap<object, ReadonlySet<string>>();

/**
 * Every `$ref` string inside a value, cached per object: the engine asks for the refs of
 * the same operations and components from several places (fast path, change propagation,
 * reachability), and the parsed documents are never mutated.
 */
export function refsOf(value: unknown): ReadonlySet<string> {
  if (typeof value !== 'object' || value === null) return EMPTY_REFS;
  let refs = refsCache.get(value);
  if (refs === undefined) refsCache.set(value, (refs = collectRefs(value)));
  return refs;
}

const EMPTY_REFS: ReadonlySet<string> = new Set();

/** Every `$ref` string inside a value (iterative, so deep documents cannot overflow). */
export function collectRefs(value: unknown, into: Set<string> = new Set()): Set<string> {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      for (const child of node) if (typeof child === 'object' && child !== null) stack.push(child);
    } else if (isObject(node)) {
      for (const key in node) {
        const child = node[key];
        if (key === '$ref' && typeof child === 'string') into.add(child);
        else if (typeof child === 'object' && child !== null) stack.push(child);
      }
    }
  }
  return into;
}
