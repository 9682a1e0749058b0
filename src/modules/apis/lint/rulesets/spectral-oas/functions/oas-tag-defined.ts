import { isRecord } from '../../../../document/index.js';
import type { RuleFunction, RuleFunctionResult } from '../../../engine/types.js';
import { allOperations } from './operations.js';

/** Every tag an operation uses is declared in the global `tags`. */
// eslint-disable-next-line @typescript-eslint/unbound-method -- resolve is a closure on the context, not a prototype method
export const oasTagDefined: RuleFunction = (root, _options, { resolve }) => {
  if (!isRecord(root)) return undefined;
  const declared: string[] = [];
  if (Array.isArray(root['tags'])) {
    for (const tag of root['tags']) {
      const value = resolve(tag);
      if (isRecord(value) && typeof value['name'] === 'string') declared.push(value['name']);
    }
  }
  const results: RuleFunctionResult[] = [];
  for (const { path, method, value } of allOperations(resolve(root['paths']), resolve)) {
    const tags = value['tags'];
    if (!Array.isArray(tags)) continue;
    tags.forEach((tag: unknown, i) => {
      if (typeof tag !== 'string' || !declared.includes(tag)) {
        results.push({ message: 'Operation tags must be defined in global tags.', path: ['paths', path, method, 'tags', i] });
      }
    });
  }
  return results;
};
