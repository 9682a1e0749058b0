import type { RuleDefinition } from '../../../engine/types.js';

/** Spectral's `openapi-tags` (spectral:oas 6.16). */
export const rule = {
  description: 'OpenAPI object must have non-empty "tags" array.',
  recommended: false,
  given: '$',
  then: { field: 'tags', function: 'schema', functionOptions: { dialect: 'draft7', schema: { type: 'array', minItems: 1 } } },
} satisfies RuleDefinition;
