import type { RuleDefinition } from '../../../engine/types.js';
import { oasExample } from '../functions/oas-example.js';

/** Spectral's `oas2-valid-media-example` (spectral:oas 6.16). */
export const rule = {
  description: 'Examples must be valid against their defined schema.',
  message: '{{error}}',
  recommended: true,
  formats: ['oas2'],
  severity: 0,
  given: '$..responses..[?(@ && @.schema && @.examples)]',
  then: { function: oasExample({ schemaField: 'schema', oasVersion: 2, type: 'media' }) },
} satisfies RuleDefinition;
