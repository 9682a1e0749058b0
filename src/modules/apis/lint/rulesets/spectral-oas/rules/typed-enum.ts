import type { RuleDefinition } from '../../../engine/types.js';

/** Spectral's `typed-enum` (spectral:oas 6.16). */
export const rule = {
  description: 'Enum values must respect the specified type.',
  message: '{{error}}',
  recommended: true,
  given: '$..[?(@ && @.enum && @.type)]',
  then: { function: 'typedEnum' },
} satisfies RuleDefinition;
