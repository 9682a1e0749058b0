import type { RuleDefinition } from '../../../engine/types.js';
import { oasOpParams } from '../functions/oas-op-params.js';

/** Spectral's `operation-parameters` (spectral:oas 6.16). */
export const rule = {
  description: 'Operation parameters are unique and non-repeating.',
  message: '{{error}}',
  recommended: true,
  given: '#OperationObject.parameters',
  then: { function: oasOpParams },
} satisfies RuleDefinition;
