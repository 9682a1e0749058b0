import { isRecord } from '../../../../document/index.js';
import type { RuleFunction, RuleFunctionResult } from '../../../engine/types.js';

/** Parameters of one operation: no duplicate (name, in), not both body and formData, one body. */
export const oasOpParams: RuleFunction = (params, _options, { path }) => {
  if (!Array.isArray(params) || params.length < 2) return undefined;
  const results: RuleFunctionResult[] = [];
  const body: number[] = [];
  const formData: number[] = [];
  const seen: string[] = [];
  params.forEach((param: unknown, index) => {
    // Spectral skips `$ref`ed parameters here (it sees them unresolved in this check).
    if (!isRecord(param) || '$ref' in param) return;
    const fingerprint = `${String(param['in'])}-${String(param['name'])}`;
    if (seen.includes(fingerprint)) {
      results.push({
        message: 'A parameter in this operation already exposes the same combination of "name" and "in" values.',
        path: [...path, index],
      });
    } else seen.push(fingerprint);
    if (param['in'] === 'body') body.push(index);
    if (param['in'] === 'formData') formData.push(index);
  });
  if (body.length > 0 && formData.length > 0) {
    results.push({ message: 'Operation must not have both "in:body" and "in:formData" parameters.' });
  }
  for (const index of body.slice(1)) {
    results.push({ message: 'Operation must not have more than a single instance of the "in:body" parameter.', path: [...path, index] });
  }
  return results;
};
