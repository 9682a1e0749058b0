import type { RuleDefinition } from '../../../engine/types.js';
import { oasUnusedComponent } from '../functions/oas-unused-component.js';

/** Spectral's `oas3-unused-component` (spectral:oas 6.16). */
export const rule = {
  message: 'Potentially unused component has been detected.',
  recommended: true,
  formats: ['oas3'],
  resolved: false,
  given: '$',
  then: { function: oasUnusedComponent },
} satisfies RuleDefinition;
