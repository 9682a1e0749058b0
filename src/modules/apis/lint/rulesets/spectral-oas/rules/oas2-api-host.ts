import type { RuleDefinition } from '../../../engine/types.js';

/** Spectral's `oas2-api-host` (spectral:oas 6.16). */
export const rule = {
  description: 'OpenAPI "host" must be present and non-empty string.',
  recommended: true,
  formats: ['oas2'],
  given: '$',
  then: { field: 'host', function: 'truthy' },
} satisfies RuleDefinition;
