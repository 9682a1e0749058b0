import type { RuleDefinition } from '../../../engine/types.js';
import { uniquenessTags } from '../functions/uniqueness-tags.js';

/** Spectral's `openapi-tags-uniqueness` (spectral:oas 6.16). */
export const rule = {
  description: 'Each tag must have a unique name.',
  message: '{{error}}',
  severity: 'error',
  recommended: true,
  given: '$.tags',
  then: { function: uniquenessTags },
} satisfies RuleDefinition;
