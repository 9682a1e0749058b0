import type { RuleDefinition } from '../../../engine/types.js';

/** Spectral's `operation-singular-tag` (spectral:oas 6.16). */
export const rule = {
  description: 'Operation must not have more than a single tag.',
  recommended: false,
  given: '#OperationObject',
  then: { field: 'tags', function: 'length', functionOptions: { max: 1 } },
} satisfies RuleDefinition;
