import type { RuleDefinition } from '../../../engine/types.js';

/** Spectral's `oas2-parameter-description` (spectral:oas 6.16). */
export const rule = {
  description: 'Parameter objects must have "description".',
  recommended: false,
  formats: ['oas2'],
  given: '$..parameters[?(@ && @.in)]',
  then: { field: 'description', function: 'truthy' },
} satisfies RuleDefinition;
