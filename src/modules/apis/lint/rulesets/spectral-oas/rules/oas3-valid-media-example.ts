import type { RuleDefinition } from '../../../engine/types.js';
import { oasExample } from '../functions/oas-example.js';

/** Spectral's `oas3-valid-media-example` (spectral:oas 6.16). */
export const rule = {
  description: 'Examples must be valid against their defined schema.',
  message: '{{error}}',
  recommended: true,
  severity: 0,
  formats: ['oas3'],
  given: [
    '$..content..[?(@ && @.schema && (@.example !== void 0 || @.examples))]',
    '$..headers..[?(@ && @.schema && (@.example !== void 0 || @.examples))]',
    '$..parameters..[?(@ && @.schema && (@.example !== void 0 || @.examples))]',
  ],
  then: { function: oasExample({ schemaField: 'schema', oasVersion: 3, type: 'media' }) },
} satisfies RuleDefinition;
