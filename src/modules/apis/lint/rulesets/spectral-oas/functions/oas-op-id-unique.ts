import { isRecord } from '../../../../document/index.js';
import type { RuleFunction, RuleFunctionResult } from '../../../engine/types.js';
import { allOperations } from './operations.js';

/** No two operations share an operationId (later duplicates are reported). */
// eslint-disable-next-line @typescript-eslint/unbound-method -- resolve is a closure on the context, not a prototype method
export const oasOpIdUnique: RuleFunction = (paths, _options, { resolve }) => {
  if (!isRecord(paths)) return undefined;
  const results: RuleFunctionResult[] = [];
  const seen: unknown[] = [];
  for (const { path, method, value } of allOperations(paths, resolve)) {
    if (!('operationId' in value)) continue;
    const id = value['operationId'];
    if (seen.includes(id)) results.push({ message: 'operationId must be unique.', path: ['paths', path, method, 'operationId'] });
    else seen.push(id);
  }
  return results;
};
