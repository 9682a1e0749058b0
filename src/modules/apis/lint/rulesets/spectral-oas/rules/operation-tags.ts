import type { RuleDefinition } from '../../../engine/types.js';

/** Spectral's `operation-tags` (spectral:oas 6.16). */
export const rule = {
  description: 'Operation must have non-empty "tags" array.',
  recommended: true,
  given: '#OperationObject',
  then: { field: 'tags', function: 'schema', functionOptions: { dialect: 'draft7', schema: { type: 'array', minItems: 1 } } },
} satisfies RuleDefinition;
