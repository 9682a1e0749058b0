import type { RuleDefinition } from '../../../engine/types.js';

/** Spectral's `tag-description` (spectral:oas 6.16). */
export const rule = {
  description: 'Tag object must have "description".',
  recommended: false,
  given: '$.tags[*]',
  then: { field: 'description', function: 'truthy' },
} satisfies RuleDefinition;
