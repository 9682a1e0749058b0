import type { RuleDefinition } from '../../../engine/types.js';
import { oasDiscriminator } from '../functions/oas-discriminator.js';

/** Spectral's `oas2-discriminator` (spectral:oas 6.16). */
export const rule = {
  description: 'discriminator property must be defined and required',
  recommended: true,
  formats: ['oas2'],
  severity: 0,
  message: '{{error}}',
  given: '$.definitions[?(@ && @.discriminator)]',
  then: { function: oasDiscriminator },
} satisfies RuleDefinition;
