import type { RuleDefinition } from '../../../engine/types.js';
import { refSiblings } from '../functions/ref-siblings.js';

/** Spectral's `no-$ref-siblings` (spectral:oas 6.16). */
export const rule = {
  formats: ['oas2', 'oas3_0'],
  description: 'Property must not be placed among $ref',
  message: '{{error}}',
  severity: 0,
  recommended: true,
  resolved: false,
  given: "$..[?(@property === '$ref')]",
  then: { function: refSiblings },
} satisfies RuleDefinition;
