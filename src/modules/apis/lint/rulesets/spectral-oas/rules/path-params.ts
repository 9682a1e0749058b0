import type { RuleDefinition } from '../../../engine/types.js';
import { oasPathParam } from '../functions/oas-path-param.js';

/** Spectral's `path-params` (spectral:oas 6.16). */
export const rule = {
  description: 'Path parameters must be defined and valid.',
  message: '{{error}}',
  severity: 0,
  recommended: true,
  given: '$.paths',
  then: { function: oasPathParam },
} satisfies RuleDefinition;
