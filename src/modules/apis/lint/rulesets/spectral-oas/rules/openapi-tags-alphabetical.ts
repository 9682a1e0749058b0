import type { RuleDefinition } from '../../../engine/types.js';

/** Spectral's `openapi-tags-alphabetical` (spectral:oas 6.16). */
export const rule = {
  description: 'OpenAPI object must have alphabetical "tags".',
  recommended: false,
  given: '$',
  then: { field: 'tags', function: 'alphabetical', functionOptions: { keyedBy: 'name' } },
} satisfies RuleDefinition;
