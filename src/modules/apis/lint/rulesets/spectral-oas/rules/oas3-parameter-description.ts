import type { RuleDefinition } from '../../../engine/types.js';

/** Spectral's `oas3-parameter-description` (spectral:oas 6.16). */
export const rule = {
  description: 'Parameter objects must have "description".',
  recommended: false,
  formats: ['oas3'],
  given: ['#PathItem.parameters[?(@ && @.in)]', '#OperationObject.parameters[?(@ && @.in)]', '$.components.parameters[?(@ && @.in)]'],
  then: { field: 'description', function: 'truthy' },
} satisfies RuleDefinition;
