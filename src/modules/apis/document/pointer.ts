import { isRecord } from './is-record.js';
import type { JsonPath, PathSegment } from './types.js';

/** Decodes a JSON pointer (`/a/b~1c`, optionally URI-encoded as in `$ref` fragments). */
export function parsePointer(pointer: string): PathSegment[] | undefined {
  if (pointer === '' || pointer === '/') return pointer === '' ? [] : [''];
  if (!pointer.startsWith('/')) return undefined;
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => {
      let decoded = segment;
      if (decoded.includes('%')) {
        try {
          decoded = decodeURIComponent(decoded);
        } catch {
          // Keep the raw segment: a literal `%` in a key.
        }
      }
      return decoded.replaceAll('~1', '/').replaceAll('~0', '~');
    });
}

/** Encodes a path as a JSON pointer (`#/paths/~1pets/get`). */
export function toPointer(path: JsonPath): string {
  return path.map((segment) => '/' + String(segment).replaceAll('~', '~0').replaceAll('/', '~1')).join('');
}

/** Reads the value at `path` in `data`, or undefined. */
export function valueAt(data: unknown, path: JsonPath): unknown {
  let node = data;
  // An index loop: called per finding and per rule target, cold, where an iterator is garbage.
  for (let i = 0; i < path.length; i++) {
    const segment = path[i] ?? '';
    if (Array.isArray(node)) {
      const index = Number(segment);
      if (!Number.isInteger(index)) return undefined;
      node = node[index];
    } else if (isRecord(node)) {
      const key = String(segment);
      if (!Object.hasOwn(node, key)) return undefined;
      node = node[key];
    } else {
      return undefined;
    }
  }
  return node;
}
