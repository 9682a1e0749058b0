import type { RuleDefinition } from '../../../engine/types.js';
import { oasExample } from '../functions/oas-example.js';

/** Spectral's `oas2-valid-schema-example` (spectral:oas 6.16). */
export const rule = {
  description: 'Examples must be valid against their defined schema.',
  message: '{{error}}',
  recommended: true,
  formats: ['oas2'],
  severity: 0,
  given: [
    "$..definitions..[?(@property !== 'properties' && @ && (@.example !== void 0 || @['x-example'] !== void 0 || @.default !== void 0) && (@.enum || @.type || @.format || @.$ref || @.properties || @.items))]",
    "$..parameters..[?(@property !== 'properties' && @ && (@.example !== void 0 || @['x-example'] !== void 0 || @.default !== void 0) && (@.enum || @.type || @.format || @.$ref || @.properties || @.items))]",
    "$..responses..[?(@property !== 'properties' && @ && (@.example !== void 0 || @['x-example'] !== void 0 || @.default !== void 0) && (@.enum || @.type || @.format || @.$ref || @.properties || @.items))]",
  ],
  then: { function: oasExample({ schemaField: '$', oasVersion: 2, type: 'schema' }) },
} satisfies RuleDefinition;
