import type { RuleDefinition } from '../../../engine/types.js';

/** Spectral's `oas3_1-callbacks-in-webhook` (spectral:oas 6.16). */
export const rule = {
  message: 'Callbacks should not be defined in a webhook.',
  formats: ['oas3_1', 'oas3_2'],
  recommended: true,
  given: ['$.webhooks[*][*].callbacks'],
  then: { function: 'undefined' },
} satisfies RuleDefinition;
