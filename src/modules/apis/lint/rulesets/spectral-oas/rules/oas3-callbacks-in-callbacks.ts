import type { RuleDefinition } from '../../../engine/types.js';

/** Spectral's `oas3-callbacks-in-callbacks` (spectral:oas 6.16). */
export const rule = {
  message: 'Callbacks should not be defined within a callback',
  formats: ['oas3'],
  recommended: true,
  given: ['#OperationObject.callbacks[*][*][*].callbacks'],
  then: { function: 'undefined' },
} satisfies RuleDefinition;
