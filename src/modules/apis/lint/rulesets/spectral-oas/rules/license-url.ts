import type { RuleDefinition } from '../../../engine/types.js';

/** Spectral's `license-url` (spectral:oas 6.16). */
export const rule = {
  description: 'License object must include "url".',
  recommended: false,
  given: '$',
  then: { field: 'info.license.url', function: 'truthy' },
} satisfies RuleDefinition;
