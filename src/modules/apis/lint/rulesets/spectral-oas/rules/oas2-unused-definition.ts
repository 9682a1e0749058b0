import type { RuleDefinition } from '../../../engine/types.js';

/** Spectral's `oas2-unused-definition` (spectral:oas 6.16). */
export const rule = {
  description: 'Potentially unused definition has been detected.',
  recommended: true,
  resolved: false,
  formats: ['oas2'],
  given: '$.definitions',
  then: { function: 'unreferencedReusableObject', functionOptions: { reusableObjectsLocation: '#/definitions' } },
} satisfies RuleDefinition;
