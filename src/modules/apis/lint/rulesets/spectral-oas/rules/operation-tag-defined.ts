import type { RuleDefinition } from '../../../engine/types.js';
import { oasTagDefined } from '../functions/oas-tag-defined.js';

/** Spectral's `operation-tag-defined` (spectral:oas 6.16). */
export const rule = {
  description: 'Operation tags must be defined in global tags.',
  recommended: true,
  given: '$',
  then: { function: oasTagDefined },
} satisfies RuleDefinition;
