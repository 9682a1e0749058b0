import type { RuleDefinition } from '../../../engine/types.js';

/** Spectral's `oas2-host-not-example` (spectral:oas 6.16). */
export const rule = {
  description: 'Host URL must not point at example.com.',
  recommended: false,
  formats: ['oas2'],
  given: '$',
  then: { field: 'host', function: 'pattern', functionOptions: { notMatch: 'example\\.com' } },
} satisfies RuleDefinition;
