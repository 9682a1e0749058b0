import type { RuleDefinition } from '../../../engine/types.js';

/** Spectral's `oas2-api-schemes` (spectral:oas 6.16). */
export const rule = {
  description: 'OpenAPI host "schemes" must be present and non-empty array.',
  recommended: true,
  formats: ['oas2'],
  given: '$',
  then: {
    field: 'schemes',
    function: 'schema',
    functionOptions: { dialect: 'draft7', schema: { items: { type: 'string' }, minItems: 1, type: 'array' } },
  },
} satisfies RuleDefinition;
