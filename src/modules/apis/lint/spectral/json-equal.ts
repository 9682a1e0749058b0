/**
 * fast-deep-equal's answer (what Ajv's `uniqueItems` and `const`/`enum` use), without the two
 * `Object.keys` arrays per compared object: the OpenAPI validators compare every pair of an
 * operation's parameters for `uniqueItems`, cold, and those arrays were a megabyte of garbage
 * per large document (ADR 0022). The built validators use it in place of fast-deep-equal.
 */
const hasOwn = (value: object, key: string): boolean => Object.prototype.hasOwnProperty.call(value, key);

export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    if (a.constructor !== b.constructor) return false;
    if (Array.isArray(a)) {
      const other = b as unknown[];
      if (a.length !== other.length) return false;
      for (let i = a.length; i-- !== 0; ) if (!jsonEqual(a[i], other[i])) return false;
      return true;
    }
    if (a instanceof RegExp && b instanceof RegExp && a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
    /* eslint-disable @typescript-eslint/no-base-to-string -- the same checks as fast-deep-equal */
    if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
    if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
    /* eslint-enable @typescript-eslint/no-base-to-string */
    const left = a as Record<string, unknown>;
    const right = b as Record<string, unknown>;
    let count = 0;
    for (const key in left) {
      if (!hasOwn(left, key)) continue;
      if (!hasOwn(right, key)) return false;
      count++;
    }
    for (const key in right) if (hasOwn(right, key)) count--;
    if (count !== 0) return false;
    for (const key in left) if (hasOwn(left, key) && !jsonEqual(left[key], right[key])) return false;
    return true;
  }
  // Both NaN.
  return a !== a && b !== b;
}
