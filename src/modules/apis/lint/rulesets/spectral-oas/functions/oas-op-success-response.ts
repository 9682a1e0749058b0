import { isRecord } from '../../../../document/index.js';
import type { RuleFunction } from '../../../engine/types.js';

/** At least one 2xx/3xx response (OAS 3 also accepts the `2XX`/`3XX` ranges). */
export const oasOpSuccessResponse: RuleFunction = (responses, _options, { document }) => {
  if (!isRecord(responses)) return undefined;
  const oas3 = document.formats.has('oas3');
  for (const code of Object.keys(responses)) {
    if (oas3 && (code === '2XX' || code === '3XX')) return undefined;
    if (Number(code) >= 200 && Number(code) < 400) return undefined;
  }
  return [{ message: 'Operation must define at least a single 2xx or 3xx response' }];
};
