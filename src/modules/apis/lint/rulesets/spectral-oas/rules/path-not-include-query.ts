import type { RuleDefinition } from '../../../engine/types.js';

/** Spectral's `path-not-include-query` (spectral:oas 6.16). */
export const rule = {
  description: 'Path must not include query string.',
  recommended: true,
  given: '$.paths',
  then: { field: '@key', function: 'pattern', functionOptions: { notMatch: '\\?' } },
} satisfies RuleDefinition;
