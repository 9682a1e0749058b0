import type { RuleDefinition } from '../../../engine/types.js';

/** Spectral's `oas3-api-servers` (spectral:oas 6.16). */
export const rule = {
  description: 'OpenAPI "servers" must be present and non-empty array.',
  recommended: true,
  formats: ['oas3'],
  given: '$',
  then: {
    field: 'servers',
    function: 'schema',
    functionOptions: { dialect: 'draft7', schema: { items: { type: 'object' }, minItems: 1, type: 'array' } },
  },
} satisfies RuleDefinition;
