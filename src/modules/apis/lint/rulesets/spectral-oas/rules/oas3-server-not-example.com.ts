import type { RuleDefinition } from '../../../engine/types.js';

/** Spectral's `oas3-server-not-example.com` (spectral:oas 6.16). */
export const rule = {
  description: 'Server URL must not point at example.com.',
  recommended: false,
  formats: ['oas3'],
  given: '$.servers[*].url',
  then: { function: 'pattern', functionOptions: { notMatch: 'example\\.com' } },
} satisfies RuleDefinition;
