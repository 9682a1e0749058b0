import type { RuleDefinition } from '../../../engine/types.js';

/** Spectral's `oas3-server-trailing-slash` (spectral:oas 6.16). */
export const rule = {
  description: 'Server URL must not have trailing slash.',
  recommended: true,
  formats: ['oas3'],
  given: '$.servers[*].url',
  then: { function: 'pattern', functionOptions: { notMatch: './$' } },
} satisfies RuleDefinition;
