import type { RuleDefinition } from '../../../engine/types.js';

/** Spectral's `oas3_1-servers-in-webhook` (spectral:oas 6.16). */
export const rule = {
  message: 'Servers should not be defined in a webhook.',
  formats: ['oas3_1', 'oas3_2'],
  recommended: true,
  given: ['$.webhooks.servers', '$.webhooks[*][*].servers'],
  then: { function: 'undefined' },
} satisfies RuleDefinition;
