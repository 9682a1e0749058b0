import type { RuleDefinition } from '../../../engine/types.js';

/** Spectral's `oas2-anyOf` (spectral:oas 6.16). */
export const rule = {
  message: '"anyOf" keyword must not be used in OpenAPI v2 document.',
  description: 'anyOf is not available in OpenAPI v2, it was added in OpenAPI v3',
  recommended: true,
  formats: ['oas2'],
  given: '$..anyOf',
  then: { function: 'undefined' },
} satisfies RuleDefinition;
