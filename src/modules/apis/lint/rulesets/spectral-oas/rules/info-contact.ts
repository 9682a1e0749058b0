import type { RuleDefinition } from '../../../engine/types.js';

/** Spectral's `info-contact` (spectral:oas 6.16). */
export const rule = {
  description: 'Info object must have "contact" object.',
  recommended: true,
  given: '$',
  then: { field: 'info.contact', function: 'truthy' },
} satisfies RuleDefinition;
