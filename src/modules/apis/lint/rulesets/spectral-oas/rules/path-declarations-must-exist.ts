import type { RuleDefinition } from '../../../engine/types.js';

/** Spectral's `path-declarations-must-exist` (spectral:oas 6.16). */
export const rule = {
  message: 'Path parameter declarations must not be empty, ex."/given/{}" is invalid.',
  recommended: true,
  given: '$.paths',
  then: { field: '@key', function: 'pattern', functionOptions: { notMatch: '{}' } },
} satisfies RuleDefinition;
