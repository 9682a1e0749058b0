import type { PathSegment } from '../../../document/index.js';
import { isRecord } from '../../../document/index.js';
import type { FilterScope } from './filter-expression.js';
import type { Step } from './path.js';

export interface QueryMatch {
  readonly path: PathSegment[];
  readonly value: unknown;
}

/** Evaluates compiled JSONPath steps on a plain value (for rule `field`s written as JSONPath). */
export function queryValue(root: unknown, steps: readonly Step[]): QueryMatch[] {
  const results: QueryMatch[] = [];
  const seen = new Set<string>();
  const walk = (node: unknown, index: number, path: PathSegment[], key: string | number | undefined): void => {
    if (index === steps.length) {
      const id = JSON.stringify(path);
      if (!seen.has(id)) {
        seen.add(id);
        results.push({ path, value: node });
      }
      return;
    }
    const step = steps[index];
    if (step === undefined) return;
    const children: [string | number, unknown][] = Array.isArray(node)
      ? node.map((value: unknown, i) => [i, value])
      : isRecord(node)
        ? Object.entries(node)
        : [];
    for (const [childKey, value] of children) {
      let matched = step.kind === 'wildcard';
      if (step.kind === 'names') matched = step.names.has(String(childKey));
      if (step.kind === 'filter') {
        const scope: FilterScope = { value, property: childKey, parentProperty: key, parent: node, root, path: [...path, childKey] };
        matched = step.predicate(scope);
      }
      if (matched) walk(value, index + 1, [...path, childKey], childKey);
      if (step.deep) walk(value, index, [...path, childKey], childKey);
    }
  };
  walk(root, 0, [], undefined);
  return results;
}
