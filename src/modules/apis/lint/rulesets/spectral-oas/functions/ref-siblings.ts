import { isRecord, valueAt } from '../../../../document/index.js';
import type { RuleFunction, RuleFunctionResult } from '../../../engine/types.js';

/** `$ref` must stand alone in its object (OAS 2 and 3.0 ignore its siblings). */
export const refSiblings: RuleFunction = (_value, _options, { path, document, source }) => {
  if (path.length === 0) return undefined;
  const parentPath = path.slice(0, -1);
  const parent = valueAt(document.file(source)?.data, parentPath);
  if (!isRecord(parent)) return undefined;
  const keys = Object.keys(parent);
  if (keys.length === 1) return undefined;
  const results: RuleFunctionResult[] = [];
  for (const key of keys) {
    if (key !== '$ref') results.push({ message: '$ref must not be placed next to any other properties', path: [...parentPath, key] });
  }
  return results;
};
