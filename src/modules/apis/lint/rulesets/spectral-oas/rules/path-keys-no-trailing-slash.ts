import type { RuleDefinition } from '../../../engine/types.js';

/** Spectral's `path-keys-no-trailing-slash` (spectral:oas 6.16). */
export const rule = {
  message: 'Path must not end with slash.',
  recommended: true,
  given: '$.paths',
  then: { field: '@key', function: 'pattern', functionOptions: { notMatch: '.+\\/$' } },
} satisfies RuleDefinition;
