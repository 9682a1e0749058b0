import type { RuleDefinition } from '../../../engine/types.js';
import { oasSecurityDefined } from '../functions/oas-security-defined.js';

/** Spectral's `oas3-operation-security-defined` (spectral:oas 6.16). */
export const rule = {
  description: 'Operation "security" values must match a scheme defined in the "components.securitySchemes" object.',
  message: '{{error}}',
  recommended: true,
  formats: ['oas3'],
  given: '#SecurityRequirementObject',
  then: { function: oasSecurityDefined(3) },
} satisfies RuleDefinition;
