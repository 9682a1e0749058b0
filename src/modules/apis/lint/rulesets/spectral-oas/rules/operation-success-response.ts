import type { RuleDefinition } from '../../../engine/types.js';
import { oasOpSuccessResponse } from '../functions/oas-op-success-response.js';

/** Spectral's `operation-success-response` (spectral:oas 6.16). */
export const rule = {
  description: 'Operation must have at least one "2xx" or "3xx" response.',
  recommended: true,
  given: '#OperationObject',
  then: { field: 'responses', function: oasOpSuccessResponse },
} satisfies RuleDefinition;
