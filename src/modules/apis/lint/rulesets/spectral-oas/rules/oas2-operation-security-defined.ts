import type { RuleDefinition } from '../../../engine/types.js';
import { oasSecurityDefined } from '../functions/oas-security-defined.js';

/** Spectral's `oas2-operation-security-defined` (spectral:oas 6.16). */
export const rule = {
  description: 'Operation "security" values must match a scheme defined in the "securityDefinitions" object.',
  message: '{{error}}',
  recommended: true,
  formats: ['oas2'],
  given: '#SecurityRequirementObject',
  then: { function: oasSecurityDefined(2) },
} satisfies RuleDefinition;
