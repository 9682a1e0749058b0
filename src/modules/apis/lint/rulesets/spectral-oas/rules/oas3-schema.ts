import type { RuleDefinition } from '../../../engine/types.js';
import { oasDocumentSchema } from '../functions/oas-document-schema.js';

/** Spectral's `oas3-schema` (spectral:oas 6.16). */
export const rule = {
  description: 'Validate structure of OpenAPI v3 specification.',
  message: '{{error}}.',
  severity: 0,
  formats: ['oas3'],
  recommended: true,
  resolved: false,
  given: '$',
  then: { function: oasDocumentSchema },
} satisfies RuleDefinition;
