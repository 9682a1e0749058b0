import type { JsonPath } from '../../document/index.js';
import { isRecord, toPointer } from '../../document/index.js';

/** Spectral's `printValue`: how values appear in messages. */
export function printValue(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return 'Array[]';
  if (value instanceof RegExp) return value.source;
  if (isRecord(value)) return 'Object{}';
  // eslint-disable-next-line @typescript-eslint/no-base-to-string, @typescript-eslint/no-unnecessary-condition -- JSON.stringify returns undefined for undefined and functions at run time; values here are JSON primitives from a parsed document
  return JSON.stringify(value) ?? String(value);
}

/** Dotted path as Spectral prints it (`paths./pets.get`, `tags[0]`). */
export function printDotPath(path: JsonPath): string {
  return path.reduce<string>((output, segment, index) => {
    if (typeof segment === 'number' || (segment !== '' && !Number.isNaN(Number(segment)))) return `${output}[${String(segment)}]`;
    if (segment === '') return `${output}['']`;
    if (/\s/.test(segment)) return `${output}['${segment}']`;
    return `${output}${index === 0 ? '' : '.'}${segment}`;
  }, '');
}

/** `#/paths/~1pets/get`. */
export function printPointer(path: JsonPath): string {
  return `#${toPointer(path)}`;
}
