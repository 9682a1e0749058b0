import type { RuleDefinition } from '../../../engine/types.js';

/** Spectral's `operation-description` (spectral:oas 6.16). */
export const rule = {
  description: 'Operation "description" must be present and non-empty string.',
  recommended: true,
  given: '#OperationObject',
  then: { field: 'description', function: 'truthy' },
} satisfies RuleDefinition;
