import type { RuleDefinition } from '../../../engine/types.js';
import { oasDocumentSchema } from '../functions/oas-document-schema.js';

/** Spectral's `oas2-schema` (spectral:oas 6.16). */
export const rule = {
  description: 'Validate structure of OpenAPI v2 specification.',
  message: '{{error}}.',
  recommended: true,
  formats: ['oas2'],
  severity: 0,
  resolved: false,
  given: '$',
  then: { function: oasDocumentSchema },
} satisfies RuleDefinition;
