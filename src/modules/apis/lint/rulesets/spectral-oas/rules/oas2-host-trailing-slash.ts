import type { RuleDefinition } from '../../../engine/types.js';

/** Spectral's `oas2-host-trailing-slash` (spectral:oas 6.16). */
export const rule = {
  description: 'Server URL must not have trailing slash.',
  recommended: true,
  formats: ['oas2'],
  given: '$',
  then: { field: 'host', function: 'pattern', functionOptions: { notMatch: '/$' } },
} satisfies RuleDefinition;
