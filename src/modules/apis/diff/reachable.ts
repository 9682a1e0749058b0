import type { DocumentView } from './document-view.js';
import { isObject, objectAt } from './json.js';
import { pointerTokens } from './pointer.js';

const cache = new WeakMap<DocumentView, ReadonlySet<string>>();

/**
 * Names of the reusable schemas that operations (paths and 3.1 webhooks) reach, directly
 * or through other components (parameters, responses, schemas...). Cached per view.
 */
export function reachableSchemas(view: DocumentView): ReadonlySet<string> {
  const cached = cache.get(view);
  if (cached) return cached;
  const prefix = pointerTokens(view.schemaComponentsPointer);
  const reached = new Set<string>();
  const visitedRefs = new Set<string>();
  const stack: unknown[] = [objectAt(view.data, 'paths'), objectAt(view.data, 'webhooks')];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      for (const child of node) if (typeof child === 'object' && child !== null) stack.push(child);
      continue;
    }
    if (!isObject(node)) continue;
    for (const [key, child] of Object.entries(node)) {
      if (key === '$ref' && typeof child === 'string') {
        if (visitedRefs.has(child)) continue;
        visitedRefs.add(child);
        const tokens = pointerTokens(child);
        if (tokens.length > prefix.length && prefix.every((t, i) => tokens[i] === t)) reached.add(tokens[prefix.length] ?? '');
        const target = view.resolver.target(child);
        if (target) stack.push(target.value);
      } else if (typeof child === 'object' && child !== null) stack.push(child);
    }
  }
  cache.set(view, reached);
  return reached;
}
