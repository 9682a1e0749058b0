import type { RuleDefinition } from '../../../engine/types.js';
import { oasOpIdUnique } from '../functions/oas-op-id-unique.js';

/** Spectral's `operation-operationId-unique` (spectral:oas 6.16). */
export const rule = {
  description: 'Every operation must have unique "operationId".',
  recommended: true,
  severity: 0,
  given: '$.paths',
  then: { function: oasOpIdUnique },
} satisfies RuleDefinition;
