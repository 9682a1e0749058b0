import type { DocumentView } from './document-view.js';
import { objectAt, refsOf } from './json.js';
import { pointerTokens } from './pointer.js';

const cache = new WeakMap<DocumentView, ReadonlySet<string>>();

/**
 * Names of the reusable schemas that operations (paths and 3.1 webhooks) reach, directly
 * or through other components (parameters, responses, schemas...). Cached per view.
 *
 * Works on `$ref` strings only: the refs of the paths, then of each ref's target, each
 * distinct ref followed once (so cycles end). Ref sets are cached per object and shared
 * with the change propagation, so each part of the document is walked at most once.
 */
export function reachableSchemas(view: DocumentView): ReadonlySet<string> {
  const cached = cache.get(view);
  if (cached) return cached;
  const prefix = pointerTokens(view.schemaComponentsPointer);
  const reached = new Set<string>();
  const visited = new Set<string>();
  const queue: string[] = [];
  const enqueue = (refs: ReadonlySet<string>): void => {
    for (const ref of refs) {
      if (visited.has(ref)) continue;
      visited.add(ref);
      queue.push(ref);
    }
  };
  const paths = objectAt(view.data, 'paths');
  const webhooks = objectAt(view.data, 'webhooks');
  // Per path item rather than the whole object: the engine's fast path has the operations' refs cached.
  for (const container of [paths, webhooks]) {
    if (!container) continue;
    for (const key in container) {
      const item = container[key];
      if (typeof item !== 'object' || item === null || Array.isArray(item)) {
        enqueue(refsOf(item));
        continue;
      }
      for (const field in item) enqueue(refsOf(Reflect.get(item, field)));
      const ref: unknown = Reflect.get(item, '$ref');
      if (typeof ref === 'string') enqueue(new Set([ref]));
    }
  }
  for (let ref = queue.pop(); ref !== undefined; ref = queue.pop()) {
    const tokens = pointerTokens(ref);
    if (tokens.length > prefix.length && prefix.every((t, i) => tokens[i] === t)) reached.add(tokens[prefix.length] ?? '');
    const target = view.resolver.target(ref);
    if (target) enqueue(refsOf(target.value));
  }
  cache.set(view, reached);
  return reached;
}
