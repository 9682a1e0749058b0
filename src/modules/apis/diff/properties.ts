import { isObject } from './json.js';
import type { Node } from './resolver.js';
import type { SchemaView } from './schema-view.js';
import type { SchemaScope } from './check.js';

/**
 * The properties of an object schema pair, sorted into added / removed / kept, skipping
 * the ones a client never handles in this direction: read-only ones in requests,
 * write-only ones in responses. (Views of the children are read from the raw nodes, so
 * a `$ref` property with readOnly inside the target is still caught.)
 */
export interface PropertyPair {
  readonly name: string;
  readonly base: Node | undefined;
  readonly head: Node | undefined;
}

function flag(node: Node | undefined, key: 'readOnly' | 'writeOnly'): boolean {
  const value = node?.value;
  return isObject(value) && value[key] === true;
}

export function propertyPairs(base: SchemaView, head: SchemaView, scope: SchemaScope): PropertyPair[] {
  const skip = scope === 'request-body' ? 'readOnly' : 'writeOnly';
  const pairs: PropertyPair[] = [];
  const names = new Set([...base.properties.keys(), ...head.properties.keys()]);
  for (const name of names) {
    const b = base.properties.get(name);
    const h = head.properties.get(name);
    if (flag(b, skip) || flag(h, skip)) continue;
    pairs.push({ name, base: b, head: h });
  }
  return pairs;
}
