import type { RuleDefinition } from '../../../engine/types.js';

/** Spectral's `info-license` (spectral:oas 6.16). */
export const rule = {
  description: 'Info object must have "license" object.',
  recommended: false,
  given: '$',
  then: { field: 'info.license', function: 'truthy' },
} satisfies RuleDefinition;
