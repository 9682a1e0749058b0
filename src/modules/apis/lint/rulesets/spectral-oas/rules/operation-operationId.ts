import type { RuleDefinition } from '../../../engine/types.js';

/** Spectral's `operation-operationId` (spectral:oas 6.16). */
export const rule = {
  description: 'Operation must have "operationId".',
  recommended: true,
  given: '#OperationObject',
  then: { field: 'operationId', function: 'truthy' },
} satisfies RuleDefinition;
