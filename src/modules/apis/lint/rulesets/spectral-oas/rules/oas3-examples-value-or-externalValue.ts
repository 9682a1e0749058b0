import type { RuleDefinition } from '../../../engine/types.js';

/** Spectral's `oas3-examples-value-or-externalValue` (spectral:oas 6.16). */
export const rule = {
  description: 'Examples must have either "value" or "externalValue" field.',
  recommended: true,
  formats: ['oas3'],
  given: [
    '$.components.examples[*]',
    '$.paths[*][*]..content[*].examples[*]',
    '$.paths[*][*]..parameters[*].examples[*]',
    '$.components.parameters[*].examples[*]',
    '$.paths[*][*]..headers[*].examples[*]',
    '$.components.headers[*].examples[*]',
  ],
  then: { function: 'xor', functionOptions: { properties: ['externalValue', 'value'] } },
} satisfies RuleDefinition;
