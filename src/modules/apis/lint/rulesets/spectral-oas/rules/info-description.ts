import type { RuleDefinition } from '../../../engine/types.js';

/** Spectral's `info-description` (spectral:oas 6.16). */
export const rule = {
  description: 'Info "description" must be present and non-empty string.',
  recommended: true,
  given: '$',
  then: { field: 'info.description', function: 'truthy' },
} satisfies RuleDefinition;
