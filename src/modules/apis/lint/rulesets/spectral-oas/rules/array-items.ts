import type { RuleDefinition } from '../../../engine/types.js';

/** Spectral's `array-items` (spectral:oas 6.16). */
export const rule = {
  message: 'Schemas with "type: array", require a sibling "items" field',
  severity: 0,
  recommended: true,
  resolved: false,
  given: '#ArrayProperties',
  then: { function: 'truthy', field: 'items' },
} satisfies RuleDefinition;
