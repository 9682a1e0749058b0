import type { DocumentView } from './document-view.js';
import { isObject, objectAt, stringAt, type JsonObject } from './json.js';

export interface SchemePair {
  readonly name: string;
  readonly base: JsonObject;
  readonly head: JsonObject;
  readonly basePointer: string;
  readonly headPointer: string;
}

/** Security schemes defined on both sides, `$ref`s followed. */
export function schemePairs(base: DocumentView, head: DocumentView): SchemePair[] {
  const pairs: SchemePair[] = [];
  for (const [name, node] of base.securitySchemes) {
    const other = head.securitySchemes.get(name);
    if (!other) continue;
    const b = base.resolver.resolve(node);
    const h = head.resolver.resolve(other);
    if (isObject(b.value) && isObject(h.value)) pairs.push({ name, base: b.value, head: h.value, basePointer: b.pointer, headPointer: h.pointer });
  }
  return pairs;
}

/** OAuth flows as `flow -> {authorizationUrl, tokenUrl, scopes}` for 3.x; 2.0 has one flow. */
export function flowsOf(scheme: JsonObject): Map<string, JsonObject> {
  const flows = new Map<string, JsonObject>();
  const raw = objectAt(scheme, 'flows');
  if (raw) {
    for (const [name, flow] of Object.entries(raw)) if (isObject(flow)) flows.set(name, flow);
  } else if (stringAt(scheme, 'type') === 'oauth2') {
    flows.set(stringAt(scheme, 'flow') ?? 'oauth2', scheme);
  }
  return flows;
}


