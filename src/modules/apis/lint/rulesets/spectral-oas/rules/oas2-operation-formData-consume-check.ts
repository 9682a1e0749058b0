import type { RuleDefinition } from '../../../engine/types.js';
import { oasOpFormDataConsumeCheck } from '../functions/oas-op-form-data-consume-check.js';

/** Spectral's `oas2-operation-formData-consume-check` (spectral:oas 6.16). */
export const rule = {
  description: 'Operations with "in: formData" parameter must include "application/x-www-form-urlencoded" or "multipart/form-data" in their "consumes" property.',
  recommended: true,
  formats: ['oas2'],
  given: '#OperationObject',
  then: { function: oasOpFormDataConsumeCheck },
} satisfies RuleDefinition;
