import { isRecord } from '../../../../document/index.js';
import type { RuleFunction, RuleFunctionResult } from '../../../engine/types.js';

/** Global tags have unique names. */
export const uniquenessTags: RuleFunction = (tags, _options, { path }) => {
  if (!Array.isArray(tags) || !tags.every((tag: unknown) => isRecord(tag) && typeof tag['name'] === 'string')) return undefined;
  const names = tags.map((tag: unknown) => (isRecord(tag) ? String(tag['name']) : ''));
  const results: RuleFunctionResult[] = [];
  names.forEach((name, i) => {
    if (names.indexOf(name) !== i) results.push({ message: `"tags" object contains duplicate tag name "${name}".`, path: [...path, i, 'name'] });
  });
  return results;
};
