import { isRecord, type PathSegment } from '../../../../document/index.js';
import type { RuleFunction, RuleFunctionResult } from '../../../engine/types.js';

const PATH_PARAMETER = /(\{;?\??[a-zA-Z0-9_-]+\*?\})/g;
const OPERATION_KEYS = ['get', 'head', 'post', 'put', 'patch', 'delete', 'options', 'trace'];

type Seen = Map<string, PathSegment[]>;

/** Records a named path parameter; reports a missing `required: true` and duplicates. */
function namedPathParameter(parameter: Record<string, unknown>, path: PathSegment[], results: RuleFunctionResult[], seen: Seen): string | undefined {
  if (parameter['in'] !== 'path' || parameter['name'] === undefined) return undefined;
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- values here are JSON primitives from a parsed document
  const name = String(parameter['name']);
  if (parameter['required'] !== true) {
    results.push({ message: `Path parameter "${name}" must have "required" property that is set to "true".`, path });
  }
  if (seen.has(name)) {
    results.push({ message: `Path parameter "${name}" must not be defined multiple times.`, path });
    return undefined;
  }
  return name;
}

function collect(list: unknown, base: PathSegment[], resolve: (value: unknown) => unknown, results: RuleFunctionResult[]): Seen {
  const seen: Seen = new Map();
  if (!Array.isArray(list)) return seen;
  list.forEach((raw: unknown, i) => {
    const parameter = resolve(raw);
    if (!isRecord(parameter)) return;
    const path = [...base, i];
    const name = namedPathParameter(parameter, path, results, seen);
    if (name !== undefined) seen.set(name, path);
  });
  return seen;
}

/** Path templates and their path parameters agree (defined, used, unique, required). */
// eslint-disable-next-line @typescript-eslint/unbound-method -- resolve is a closure on the context, not a prototype method
export const oasPathParam: RuleFunction = (paths, _options, { resolve }) => {
  if (!isRecord(paths)) return undefined;
  const results: RuleFunctionResult[] = [];
  const normalizedPaths = new Map<string, string>();
  for (const path of Object.keys(paths)) {
    const item = resolve(paths[path]);
    if (!isRecord(item)) continue;
    const normalized = path.replace(PATH_PARAMETER, '%');
    const earlier = normalizedPaths.get(normalized);
    if (earlier !== undefined) results.push({ message: `Paths "${earlier}" and "${path}" must not be equivalent.`, path: ['paths', path] });
    else normalizedPaths.set(normalized, path);
    const elements: string[] = [];
    for (const match of path.matchAll(PATH_PARAMETER)) {
      const name = match[0].replace(/[{}?*;]/g, '');
      if (elements.includes(name)) results.push({ message: `Path "${path}" must not use parameter "{${name}}" multiple times.`, path: ['paths', path] });
      else elements.push(name);
    }
    const top = collect(item['parameters'], ['paths', path, 'parameters'], resolve, results);
    for (const method of Object.keys(item)) {
      const operation = item[method];
      if (!isRecord(operation) || !OPERATION_KEYS.includes(method)) continue;
      const operationPath: PathSegment[] = ['paths', path, method];
      const own = collect(operation['parameters'], [...operationPath, 'parameters'], resolve, results);
      const defined = new Map([...top, ...own]);
      for (const [name, where] of defined) {
        if (!elements.includes(name)) results.push({ message: `Parameter "${name}" must be used in path "${path}".`, path: where });
      }
      for (const name of elements) {
        if (!defined.has(name)) {
          results.push({ message: `Operation must define parameter "{${name}}" as expected by path "${path}".`, path: operationPath });
        }
      }
    }
  }
  return results;
};
